package org.waymark.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.TypeMismatchException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.bind.ServletRequestDataBinder;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.waymark.support.WaymarkTest;

/** Every binder the application's handler adapter makes follows {@link FormBinding}'s rules. */
@WaymarkTest
class FormBindingTests {

    @Autowired
    RequestMappingHandlerAdapter adapter;

    public static class Form {
        private String text;
        private Long version;

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public Long getVersion() {
            return version;
        }

        public void setVersion(Long version) {
            this.version = version;
        }
    }

    @Test
    void theApplicationsBindersDropNulsRefuseUnreadableValuesAndIgnoreHeaders() throws Exception {
        assertThat(adapter).isInstanceOf(FormBinding.class);

        Form form = bind(request("text", "a\u0000b", "version", "7"));
        assertThat(form.getText()).isEqualTo("ab");
        assertThat(form.getVersion()).isEqualTo(7L);

        MockHttpServletRequest fromHeaders = request();
        fromHeaders.addHeader("text", "from a header");
        assertThat(bind(fromHeaders).getText()).as("no field is bound from a header").isNull();

        assertThatThrownBy(() -> bind(request("version", "2abc"))).isInstanceOf(TypeMismatchException.class);
    }

    private Form bind(MockHttpServletRequest request) throws Exception {
        Form form = new Form();
        WebDataBinder binder = ((FormBinding) adapter).createDataBinderFactory(List.of())
                .createBinder(new ServletWebRequest(request), form, "form");
        ((ServletRequestDataBinder) binder).bind(request);
        return form;
    }

    private static MockHttpServletRequest request(String... params) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/");
        for (int i = 0; i < params.length; i += 2) {
            request.addParameter(params[i], params[i + 1]);
        }
        return request;
    }
}
