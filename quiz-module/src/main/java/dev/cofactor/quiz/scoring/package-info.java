/**
 * The pure scoring core: answer keys, responses, rules and scores as records and plain classes that
 * import only {@code java.*}; kept free of Jakarta, Quarkus, Hibernate, clocks and {@code Random} so it
 * is tested in milliseconds.
 */
package dev.cofactor.quiz.scoring;
