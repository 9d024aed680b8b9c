/**
 * The handlers Tempora ships as a plugin jar, useful for demos, smoke tests and benchmarks: echo,
 * sleep, fail and http-get. They use nothing but the handler SPI and the JDK.
 */
package io.tempora.handlers.basic;
