/**
 * The XXL-JOB executor protocol as records: what the admin sends an executor ({@code /run},
 * {@code /beat}, {@code /idleBeat}, {@code /kill}, {@code /log}) and what an executor sends the admin
 * ({@code /api/registry}, {@code /api/callback}). Readers accept every dialect's spelling from
 * XXL-JOB 2.3 to 3.5; unknown fields are ignored.
 */
package io.tempora.protocol;
