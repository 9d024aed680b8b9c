/**
 * {@code bench cron}: N jobs firing every second during one named wall-clock minute against a running
 * Tempora, then exact counts (owed, recorded, doubled, never fired), lateness and completion read from
 * the admin's database, and the CPU each process spent.
 */
package io.tempora.bench.cron;
