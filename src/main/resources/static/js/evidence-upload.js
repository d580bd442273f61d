/*
 * Upload progress for the add-evidence form (form[data-evidence-upload]). With JavaScript the form is sent with
 * XMLHttpRequest so a <progress> bar and a polite live percentage can follow the upload; the answer is then
 * followed (a redirect) or shown (the form again, with its errors). Without JavaScript the form posts normally.
 */
(function () {
    'use strict';

    function csrfHeader() {
        const token = document.querySelector('meta[name="_csrf"]');
        const header = document.querySelector('meta[name="_csrf_header"]');
        return token && header ? {name: header.content, value: token.content} : null;
    }

    function showResponse(xhr) {
        const page = new DOMParser().parseFromString(xhr.responseText, 'text/html');
        const main = page.querySelector('main');
        if (!main) {
            window.location.assign(xhr.responseURL || window.location.href);
            return;
        }
        document.title = page.title;
        document.querySelector('main').innerHTML = main.innerHTML;
        init();
        const summary = document.getElementById('error-summary');
        if (summary) summary.focus();
    }

    /** A file over the limit is refused here, before minutes of uploading, and nothing typed is lost. */
    function tooLarge(form) {
        const input = form.querySelector('input[type="file"]');
        const max = parseInt(form.getAttribute('data-max-bytes') || '0', 10);
        if (!input || !input.files || input.files.length === 0 || !max || input.files[0].size <= max) return false;
        const field = input.closest('.field');
        let error = document.getElementById('file-error');
        if (!error) {
            error = document.createElement('p');
            error.id = 'file-error';
            error.className = 'error-message';
            input.parentNode.insertBefore(error, input);
            input.setAttribute('aria-describedby', (input.getAttribute('aria-describedby') || '') + ' file-error');
        }
        error.textContent = 'The selected file must be smaller than ' + form.getAttribute('data-max-size')
            + '. Choose a smaller file; everything else you typed is still here.';
        if (field) field.classList.add('field-error');
        input.focus();
        return true;
    }

    function send(form, event) {
        if (event) event.preventDefault();
        if (tooLarge(form)) return;
        const wrapper = document.getElementById('upload-progress');
        const bar = document.getElementById('upload-progress-bar');
        const text = document.getElementById('upload-progress-text');
        const button = form.querySelector('button[type="submit"]');
        let announced = -1;
        const xhr = new XMLHttpRequest();
        xhr.open('POST', form.action);
        const csrf = csrfHeader();
        if (csrf) xhr.setRequestHeader(csrf.name, csrf.value);
        // Marks a script's request: an ended session answers 401 rather than a sign-in page.
        xhr.setRequestHeader('X-Requested-With', 'fetch');
        xhr.upload.addEventListener('progress', (e) => {
            if (!e.lengthComputable) return;
            const percent = Math.floor((e.loaded / e.total) * 100);
            bar.value = percent;
            // Announce every tenth percent, not every event: screen readers would otherwise never stop talking.
            if (percent === 100 || percent - announced >= 10) {
                announced = percent;
                text.textContent = percent === 100 ? 'Uploaded, checking the file…' : 'Uploading: ' + percent + '%';
            }
        });
        xhr.addEventListener('load', () => {
            if (xhr.status === 401 && window.Waymark) {
                // The session ended: the layout's dialog signs the person in again, then this sends once more.
                if (button) button.disabled = false;
                window.Waymark.sessionExpired(() => send(form));
                return;
            }
            if (xhr.status === 403 && window.Waymark && !form.dataset.csrfRetried) {
                // This tab's token is older than a sign-in in another tab: fetch a fresh one and send again.
                form.dataset.csrfRetried = 'true';
                window.Waymark.refreshCsrf().then(() => send(form));
                return;
            }
            delete form.dataset.csrfRetried;
            if (xhr.responseURL && xhr.responseURL !== form.action) {
                // Redirected after success: show that page (its notice lives in this one response) at its address.
                window.history.replaceState(null, '', xhr.responseURL);
            }
            showResponse(xhr);
        });
        xhr.addEventListener('error', () => {
            if (button) button.disabled = false;
            text.textContent = 'The upload did not finish. Check your connection and try again.';
        });
        wrapper.hidden = false;
        bar.value = 0;
        text.textContent = 'Uploading: 0%';
        if (button) button.disabled = true;
        xhr.send(new FormData(form));
    }

    function init() {
        document.querySelectorAll('form[data-evidence-upload]').forEach((form) => {
            if (form.dataset.evidenceUploadReady) return;
            form.dataset.evidenceUploadReady = 'true';
            form.addEventListener('submit', (event) => send(form, event));
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
})();
