package org.waymark.registration;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Locale;

/** How a fee reads on pages and in emails: "£195.00", "€220.00", or "USD 250.00" where the UK has no one-letter symbol. */
public final class FeeText {

    private FeeText() {
    }

    public static String of(BigDecimal amount, String currency) {
        String symbol = Currency.getInstance(currency).getSymbol(Locale.UK);
        String number = amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
        return symbol.length() == 1 ? symbol + number : currency + " " + number;
    }
}
