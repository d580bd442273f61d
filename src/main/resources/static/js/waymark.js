/*
 * Waymark's page-wide behaviour, loaded by the layout on every page (no inline script: the CSP forbids it).
 * - sends the CSRF token on every htmx request;
 * - warns before the session times out and lets the person extend it (WCAG 2.2.1);
 * - when a session has ended, keeps what is in the page, signs the person in again in a dialog,
 *   then retries what failed; refreshes a stale CSRF token after a sign-in in another tab.
 * Every page also works without this file.
 */
(function () {
    'use strict';
    const meta = (name) => document.querySelector('meta[name="' + name + '"]');

    function csrf() {
        const token = meta('_csrf');
        const header = meta('_csrf_header');
        return {token: token ? token.content : null, header: header ? header.content : 'X-CSRF-TOKEN'};
    }

    function applyCsrf(token) {
        const m = meta('_csrf');
        if (m) m.content = token;
        document.querySelectorAll('input[name="_csrf"]').forEach((input) => { input.value = token; });
    }

    async function refreshCsrf() {
        const response = await fetch('/session/csrf', {headers: {'X-Requested-With': 'fetch'}, credentials: 'same-origin'});
        const body = await response.json();
        applyCsrf(body.token);
        return body;
    }

    /* ---- Session timeout warning ---- */
    const timeoutMeta = meta('waymark-session-timeout');
    const timeoutSeconds = timeoutMeta ? parseInt(timeoutMeta.content, 10) : 0;
    const warnBefore = Math.min(120, Math.max(10, Math.floor(timeoutSeconds / 5)));
    let lastActivity = Date.now();
    let warningTimer = null;
    let countdownTimer = null;

    function touch() {
        lastActivity = Date.now();
        const dialog = document.getElementById('session-warning');
        if (dialog && dialog.open) dialog.close();
        schedule();
    }

    function schedule() {
        if (!timeoutSeconds) return;
        clearTimeout(warningTimer);
        clearInterval(countdownTimer);
        warningTimer = setTimeout(showWarning, Math.max(0, (timeoutSeconds - warnBefore) * 1000 - (Date.now() - lastActivity)));
    }

    function showWarning() {
        const dialog = document.getElementById('session-warning');
        if (!dialog || expiredShown) return;
        const remaining = document.getElementById('session-warning-remaining');
        const update = () => {
            const left = Math.max(0, Math.round(timeoutSeconds - (Date.now() - lastActivity) / 1000));
            remaining.textContent = left >= 60 ? Math.ceil(left / 60) + ' minutes' : left + ' seconds';
            if (left === 0) {
                clearInterval(countdownTimer);
                dialog.close();
                checkStillSignedIn();
            }
        };
        update();
        countdownTimer = setInterval(update, 1000);
        dialog.showModal();
    }

    /** At the end of the countdown: another tab may have kept the session alive; otherwise say it has ended. */
    async function checkStillSignedIn() {
        try {
            const response = await fetch('/session/csrf', {headers: {'X-Requested-With': 'fetch'}, credentials: 'same-origin'});
            const body = await response.json();
            if (body.signedIn) {
                lastActivity = Date.now();
                schedule();
            } else {
                sessionExpired();
            }
        } catch (e) {
            sessionExpired();
        }
    }

    async function extend() {
        const response = await fetch('/session/keep-alive', {headers: {'X-Requested-With': 'fetch'}, credentials: 'same-origin'});
        if (response.ok) {
            touch();
        } else {
            sessionExpired();
        }
    }

    /* ---- Session expired: sign in again without leaving the page ---- */
    let expiredShown = false;
    const retries = [];

    function sessionExpired(retry) {
        if (retry) retries.push(retry);
        const dialog = document.getElementById('session-expired');
        if (!dialog || expiredShown) return;
        expiredShown = true;
        const warning = document.getElementById('session-warning');
        if (warning && warning.open) warning.close();
        dialog.showModal();
        const email = document.getElementById('resign-email');
        if (email) email.focus();
    }

    async function signInAgain(event) {
        event.preventDefault();
        const form = event.target;
        const error = document.getElementById('resign-error');
        error.hidden = true;
        try {
            const fresh = await refreshCsrf();
            const body = new URLSearchParams({email: form.email.value, password: form.password.value});
            body.append(fresh.parameterName, fresh.token);
            const response = await fetch('/sign-in', {
                method: 'POST', body, credentials: 'same-origin',
                headers: {'X-Requested-With': 'fetch', 'Content-Type': 'application/x-www-form-urlencoded'}
            });
            if (!response.ok || response.url.indexOf('/sign-in') !== -1) {
                error.textContent = 'The email or password is not right. Your text is still safe in this page.';
                error.hidden = false;
                return;
            }
            const after = await refreshCsrf();
            if (!after.signedIn) throw new Error('not signed in');
            form.password.value = '';
            document.getElementById('session-expired').close();
            expiredShown = false;
            touch();
            retries.splice(0).forEach((retry) => retry());
        } catch (e) {
            error.textContent = 'Could not reach Waymark. Check your connection and try again; your text is still in this page.';
            error.hidden = false;
        }
    }

    window.Waymark = {csrf, refreshCsrf, sessionExpired, touch};

    document.addEventListener('htmx:configRequest', (event) => {
        const c = csrf();
        if (c.token) event.detail.headers[c.header] = c.token;
    });
    document.addEventListener('htmx:afterRequest', (event) => {
        const xhr = event.detail.xhr;
        if (xhr && xhr.status < 400) touch();
    });

    document.addEventListener('DOMContentLoaded', () => {
        const extendButton = document.getElementById('session-extend');
        if (extendButton) extendButton.addEventListener('click', extend);
        const resign = document.getElementById('resign-form');
        if (resign) resign.addEventListener('submit', signInAgain);
        const expired = document.getElementById('session-expired');
        if (expired) expired.addEventListener('cancel', (e) => e.preventDefault());
        // Confirmation before destructive acts, for forms marked data-confirm (the no-JS path has its own page).
        document.querySelectorAll('form[data-confirm]').forEach((form) => {
            form.addEventListener('submit', (e) => {
                if (!window.confirm(form.getAttribute('data-confirm'))) e.preventDefault();
            });
        });
        schedule();
    });
})();
