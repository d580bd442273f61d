/*
 * The section editor, when JavaScript is available:
 * - each plain text area becomes a rich editor (contenteditable) producing the same HTML the server keeps
 *   (the server sanitises it; pasting from Word or Google Docs keeps headings, lists, links and tables);
 * - live word counts, by the same rule as the server's WordCount (tags removed, whitespace-separated words);
 * - debounced autosave through htmx, which answers only with the version and the status, never the text;
 * - a conflict (another tab saved first) stops autosave until the person chooses;
 * - an expired session keeps the text in the page and saves it after signing in again.
 * Without JavaScript the text areas and the Save button do all of this by form post.
 */
(function () {
    'use strict';

    const AUTOSAVE_DELAY_MS = 2000;
    const RETRY_DELAY_MS = 10000;

    /** The one word-count rule, shared with org.waymark.framework.WordCount. */
    function countWords(html) {
        if (!html) return 0;
        const text = html.replace(/<\/?(p|br|li|ul|ol|h[1-6]|div|td|th|tr|table|thead|tbody|tfoot|caption|blockquote|pre|hr)\b[^>]*>/gi, ' ')
            .replace(/<[^>]*>/g, '').replace(/&(nbsp|#160);/g, ' ').replace(/[\s\u00a0]+/g, ' ').trim();
        return text === '' ? 0 : text.split(' ').length;
    }
    window.WaymarkWords = {countWords};

    const form = document.getElementById('section-form');
    if (!form) return;
    const status = document.getElementById('save-status');
    const editable = !form.querySelector('textarea.rich-source[readonly]');

    let timer = null;
    let paused = false;      // conflict or expired session: no autosave until resolved
    let dirty = false;
    let nativeSubmit = false;

    function setStatus(text, isError) {
        if (!status) return;
        status.textContent = text;
        status.classList.toggle('is-error', !!isError);
    }

    function updateCount(textarea) {
        const target = document.getElementById(textarea.getAttribute('data-words'));
        if (!target) return;
        const value = target.querySelector('.word-count-value');
        if (value) value.textContent = String(countWords(textarea.value));
    }

    function changed() {
        dirty = true;
        if (paused) return;
        setStatus('Unsaved changes');
        clearTimeout(timer);
        timer = setTimeout(autosave, AUTOSAVE_DELAY_MS);
    }

    function autosave() {
        if (paused || !window.htmx) return;
        window.htmx.trigger(form, 'waymark:autosave');
    }

    /* ---- Rich editors ---- */
    const COMMANDS = [
        {label: 'Bold', command: 'bold'},
        {label: 'Italic', command: 'italic'},
        {label: 'Heading', command: 'formatBlock', value: 'h3'},
        {label: 'Paragraph', command: 'formatBlock', value: 'p'},
        {label: 'Bulleted list', command: 'insertUnorderedList'},
        {label: 'Numbered list', command: 'insertOrderedList'},
        {label: 'Link', command: 'createLink'},
        {label: 'Remove link', command: 'unlink'},
        {label: 'Table', command: 'table'}
    ];

    function enhance(textarea) {
        const label = document.getElementById(textarea.id + '-label');
        const toolbar = document.createElement('div');
        toolbar.className = 'rich-toolbar';
        toolbar.setAttribute('role', 'toolbar');
        toolbar.setAttribute('aria-label', (label ? label.textContent : textarea.id) + ' formatting');
        const editor = document.createElement('div');
        editor.className = 'rich-editor';
        editor.contentEditable = 'true';
        editor.id = textarea.id + '-editor';
        editor.setAttribute('role', 'textbox');
        editor.setAttribute('aria-multiline', 'true');
        if (label) {
            editor.setAttribute('aria-labelledby', label.id);
        }
        const describedBy = textarea.getAttribute('aria-describedby');
        if (describedBy) editor.setAttribute('aria-describedby', describedBy);
        editor.innerHTML = textarea.value;
        COMMANDS.forEach((c) => {
            const button = document.createElement('button');
            button.type = 'button';
            button.textContent = c.label;
            button.addEventListener('mousedown', (e) => e.preventDefault()); // keep the selection in the editor
            button.addEventListener('click', () => {
                editor.focus();
                if (c.command === 'createLink') {
                    const url = window.prompt('Link address (starting https://)', 'https://');
                    if (url && /^(https?:\/\/|mailto:)/i.test(url)) document.execCommand('createLink', false, url);
                } else if (c.command === 'table') {
                    document.execCommand('insertHTML', false,
                        '<table><tbody><tr><th>Heading</th><th>Heading</th></tr><tr><td>&nbsp;</td><td>&nbsp;</td></tr></tbody></table><p></p>');
                } else {
                    document.execCommand(c.command, false, c.value || null);
                }
                sync();
            });
            toolbar.appendChild(button);
        });
        // Refer to an evidence item from the text: a link to its file or web address.
        const references = document.querySelectorAll('#evidence-references li');
        if (references.length > 0) {
            const select = document.createElement('select');
            select.setAttribute('aria-label', 'Insert a link to an evidence item');
            const prompt = document.createElement('option');
            prompt.value = '';
            prompt.textContent = 'Link evidence item...';
            select.appendChild(prompt);
            references.forEach((li) => {
                const option = document.createElement('option');
                option.value = li.getAttribute('data-href');
                option.textContent = li.getAttribute('data-title');
                select.appendChild(option);
            });
            select.addEventListener('change', () => {
                if (!select.value) return;
                const title = select.options[select.selectedIndex].textContent;
                editor.focus();
                const link = document.createElement('a');
                link.href = select.value;
                link.textContent = title;
                document.execCommand('insertHTML', false, link.outerHTML + '&nbsp;');
                select.value = '';
                sync();
            });
            toolbar.appendChild(select);
        }
        function sync() {
            textarea.value = editor.innerHTML;
            updateCount(textarea);
            changed();
        }
        editor.addEventListener('input', sync);
        textarea.hidden = true;
        textarea.setAttribute('aria-hidden', 'true');
        textarea.tabIndex = -1;
        textarea.parentNode.insertBefore(toolbar, textarea);
        textarea.parentNode.insertBefore(editor, textarea);
        textarea.waymarkEditor = editor;
    }

    form.querySelectorAll('textarea.rich-source').forEach((textarea) => {
        if (editable) enhance(textarea);
        textarea.addEventListener('input', () => { updateCount(textarea); changed(); });
    });
    form.querySelectorAll('input[type=checkbox], input[type=text]').forEach((input) => {
        input.addEventListener('input', changed);
        input.addEventListener('change', changed);
    });

    /* ---- Answers from the server ---- */
    form.addEventListener('htmx:afterRequest', (event) => {
        const xhr = event.detail.xhr;
        if (event.detail.successful && xhr.status === 200 && !paused) {
            dirty = false;
        }
    });

    document.body.addEventListener('waymark:conflict', () => {
        paused = true;
        clearTimeout(timer);
        const panel = document.getElementById('conflict-panel');
        if (panel) {
            panel.scrollIntoView({block: 'start'});
            panel.focus();
        }
    });

    form.addEventListener('htmx:responseError', async (event) => {
        const xhr = event.detail.xhr;
        let body = {};
        try { body = JSON.parse(xhr.responseText); } catch (e) { /* not JSON */ }
        if (xhr.status === 401) {
            paused = true;
            setStatus('Not saved: you have been signed out. Your text is safe in this page.', true);
            window.Waymark.sessionExpired(() => { paused = false; autosave(); });
        } else if (xhr.status === 403 && body.error === 'csrf-stale') {
            await window.Waymark.refreshCsrf();
            autosave();
        } else {
            setStatus('Not saved (the server answered ' + xhr.status + '). Trying again shortly; your text is safe in this page.', true);
            timer = setTimeout(autosave, RETRY_DELAY_MS);
        }
    });

    form.addEventListener('htmx:sendError', () => {
        setStatus('Not saved: Waymark cannot be reached. Trying again shortly; your text is safe in this page.', true);
        clearTimeout(timer);
        timer = setTimeout(autosave, RETRY_DELAY_MS);
    });

    /* ---- Save, Keep mine, Take theirs: ordinary form posts, after any autosave in flight ---- */
    form.addEventListener('submit', async (event) => {
        if (nativeSubmit) return;
        event.preventDefault();
        const submitter = event.submitter;
        clearTimeout(timer);
        if (form.classList.contains('htmx-request')) {
            await new Promise((resolve) => form.addEventListener('htmx:afterRequest', resolve, {once: true}));
        }
        let signedIn = true;
        try {
            const response = await fetch('/session/keep-alive', {headers: {'X-Requested-With': 'fetch'}, credentials: 'same-origin'});
            signedIn = response.ok;
        } catch (e) {
            setStatus('Not saved: Waymark cannot be reached. Your text is safe in this page; try Save again.', true);
            return;
        }
        const send = () => {
            nativeSubmit = true;
            dirty = false;
            form.requestSubmit(submitter);
        };
        if (signedIn) {
            send();
        } else {
            paused = true;
            window.Waymark.sessionExpired(() => { paused = false; send(); });
        }
    });

    window.addEventListener('beforeunload', (event) => {
        if (dirty && !nativeSubmit) {
            event.preventDefault();
            event.returnValue = '';
        }
    });
})();
