package se.integration.policy.core.read;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import se.integration.policy.core.internal.read.TreeValidator;

/**
 * Dates as the contract writes them ({@code YYYY-MM-DD}: four digits of year, no sign), for tools that take a
 * date outside a case (a command line's {@code --as-of}, an HTTP query's {@code asOf}) and must read it as the
 * case reader does.
 */
public final class ContractDates {
    private ContractDates() {}

    /**
     * Whether a text is a date of the contract: {@code 2024-02-29} is, {@code +12345-01-01}, {@code 2023-02-29} and
     * {@code 2024-2-1} are not.
     *
     * @param text the text
     * @return whether the case reader would read it as a date
     * @throws NullPointerException if {@code text} is null
     */
    public static boolean isDate(String text) { return TreeValidator.isDate(Objects.requireNonNull(text, "text")); }

    /**
     * The date a text gives, if it is one of the contract.
     *
     * @param text the text
     * @return the date, or empty where the text is not a date of the contract
     * @throws NullPointerException if {@code text} is null
     */
    public static Optional<LocalDate> parse(String text) { return isDate(text) ? Optional.of(LocalDate.parse(text)) : Optional.empty(); }
}
