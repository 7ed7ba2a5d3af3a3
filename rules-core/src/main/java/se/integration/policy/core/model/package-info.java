/**
 * The case model of contract §1: immutable records that Jackson binds and Drools matches.
 *
 * <p>Absent lists are read as empty lists, an absent {@code urgent} as {@code false}. The strict
 * {@link se.integration.policy.core.internal.read.CaseReader} validates the JSON against these records
 * (derived by reflection from their components and the annotations in this package) before binding.
 */
package se.integration.policy.core.model;
