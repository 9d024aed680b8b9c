/** Alarms: a job's failures reach a real SMTP server (GreenMail) and a real HTTP receiver that checks the signature. */
package io.tempora.systemtest.alarm;
