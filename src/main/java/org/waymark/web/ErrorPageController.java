package org.waymark.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every error the container sends ({@code sendError}, an unknown address, an exception nobody handled) ends here
 * and is shown as an HTML page in the site's layout, whatever the request's Accept header: Boot's own error
 * controller would answer JSON to a request that asks for it, and people's browsers sometimes do.
 */
@Controller
class ErrorPageController implements ErrorController {

    @RequestMapping("/error")
    ModelAndView error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (code == null) {
            return ErrorPages.page(HttpStatus.NOT_FOUND, null); // someone went to /error itself
        }
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return ErrorPages.page(status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status, null);
    }
}
