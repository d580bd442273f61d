package org.waymark.portfolio.evidence.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.waymark.access.Action;
import org.waymark.access.Permissions;
import org.waymark.portfolio.evidence.EvidenceLibrary;

/** An upload over the multipart limit is refused before any controller runs: the refusal still reaches the audit trail. */
class OversizedUploadResolverTests {

    private final Permissions permissions = mock(Permissions.class);
    private final EvidenceLibrary library = mock(EvidenceLibrary.class);
    private final OversizedUploadResolver resolver = new OversizedUploadResolver(permissions, library);
    private final UUID portfolio = UUID.randomUUID();
    private final UUID person = UUID.randomUUID();

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private MockHttpServletRequest oversizedUpload(boolean mayEdit) {
        var who = new TestingAuthenticationToken(person.toString(), null, "ROLE_CANDIDATE");
        SecurityContextHolder.getContext().setAuthentication(who);
        when(permissions.may(who, Action.EDIT, EvidenceController.PORTFOLIO, portfolio)).thenReturn(mayEdit);
        when(library.maxFileSize()).thenReturn("25 MB");
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/portfolios/" + portfolio + "/evidence");
        request.setContent(new byte[4096]);
        return request;
    }

    @Test
    void anOversizedUploadIsRecordedAsRefused() {
        MockHttpServletRequest request = oversizedUpload(true);
        var page = resolver.resolveException(request, new MockHttpServletResponse(), null, new MaxUploadSizeExceededException(1024));
        assertThat(page).isNotNull();
        verify(library).uploadRefused(eq(portfolio), eq(person), eq(null), eq(4096L), eq("larger than the limit of 25 MB"));
    }

    @Test
    void anUploadToSomeoneElsesPortfolioIsNotAnswered() {
        MockHttpServletRequest request = oversizedUpload(false);
        assertThat(resolver.resolveException(request, new MockHttpServletResponse(), null, new MaxUploadSizeExceededException(1024))).isNull();
        verify(library, never()).uploadRefused(any(), any(), any(), eq(4096L), any());
    }
}
