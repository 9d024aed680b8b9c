/** Runs fired by hand: they reach the executor, finish with the handler's result and keep its log. */
package io.tempora.systemtest.run;
