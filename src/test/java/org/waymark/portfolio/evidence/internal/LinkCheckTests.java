package org.waymark.portfolio.evidence.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.waymark.portfolio.evidence.EvidenceRefusedException;

class LinkCheckTests {

    private static final String EXAMPLE = "Enter a web address that starts with http:// or https://, like https://www.example.org/page";

    @Test
    void aWellFormedHttpOrHttpsAddressIsKeptTrimmed() {
        assertThat(LinkCheck.check("  https://example.org/a?b=c ")).isEqualTo("https://example.org/a?b=c");
        assertThat(LinkCheck.check("HTTP://example.org")).isEqualTo("HTTP://example.org");
    }

    @Test
    void anAddressOfExactly2000CharactersIsKeptAndOneMoreIsRefused() {
        String base = "https://example.org/";
        String exactly = base + "a".repeat(LinkCheck.MAX_LENGTH - base.length());
        assertThat(exactly).hasSize(2000);
        assertThat(LinkCheck.check(exactly)).isEqualTo(exactly);
        assertThatThrownBy(() -> LinkCheck.check(exactly + "a"))
                .isInstanceOf(EvidenceRefusedException.class)
                .hasMessage("The web address must be 2000 characters or fewer");
    }

    @Test
    void anEmptyAddressAsksForOne() {
        for (String empty : new String[]{null, "", "   "}) {
            assertThatThrownBy(() -> LinkCheck.check(empty)).as(String.valueOf(empty))
                    .hasMessage("Enter the web address of the evidence")
                    .extracting(e -> ((EvidenceRefusedException) e).field()).isEqualTo("url");
        }
    }

    @Test
    void anythingButAWellFormedHttpOrHttpsAddressIsRefusedWithAnExample() {
        for (String bad : new String[]{"javascript:alert(1)", "ftp://example.org/x", "example.org", "https://",
                "https://user:pw@example.org/", "https://exa mple.org", "https:///path-only", "http://:80/"}) {
            assertThatThrownBy(() -> LinkCheck.check(bad)).as(bad).isInstanceOf(EvidenceRefusedException.class).hasMessage(EXAMPLE);
        }
    }
}
