/**
 * <b>API</b> (docs/api.md): the case records and their builders, for embedding systems.
 *
 * <p>The case model of contract §1: immutable records that Jackson binds and Drools matches.
 *
 * <p>Absent lists are read as empty lists, an absent {@code urgent} as {@code false}. The strict
 * case reader (internal) validates the JSON against these records
 * (derived by reflection from their components and the annotations in this package) before binding.
 */
package se.integration.policy.core.model;
