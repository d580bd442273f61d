/*
 * The section editor, when JavaScript is available:
 * - each plain text area becomes a rich editor (contenteditable) producing the same HTML the server keeps
 *   (the server sanitises it; pasting from Word or Google Docs keeps headings, lists, links and tables);
 * - live word counts, by the same rule as the server's WordCount (tags removed, whitespace-separated words);
 * - debounced autosave through htmx, which answers only with the version and the status, never the text; it sends
 *   only the parts changed since the last save (named in "parts"), the server keeps the others as stored; and of a
 *   long text, only the blocks (paragraphs, lists, tables) changed since, as a splice (ADR 0017);
 * - a conflict (another tab saved first) stops autosave until the person chooses;
 * - an expired session keeps the text in the page and saves it after signing in again.
 * Without JavaScript the text areas and the Save button do all of this by form post.
 * The same guarantees serve any form marked data-autosave (an assessor's review: radios and plain text areas too).
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

    const form = document.querySelector('form[data-autosave]');
    if (!form) return;
    const status = document.getElementById('save-status');
    const editable = !form.querySelector('textarea.rich-source[readonly]');

    let timer = null;
    let paused = false;      // conflict or expired session: no autosave until resolved
    let dirty = false;
    let nativeSubmit = false;
    let tooLarge = false;    // the last save was refused as too large: a plain form post would lose the page
    const unsaved = new Set(); // parts changed since they were last saved
    let inFlight = null;       // the parts the autosave in flight carries

    /** The form fields of each part an autosave can carry on its own. */
    const PART_FIELDS = {
        title: ['title'], description: ['description'], reflection: ['reflection'], evidence: ['evidence'],
        principles: ['principles'], evidenceIds: ['evidenceIds', 'evidenceShown']
    };

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

    function changed(part) {
        dirty = true;
        if (part) unsaved.add(part);
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

    /*
     * Heading levels: the editor shows the candidate's headings as every page does (stored h2, h3, h4 shown as
     * h4, h5, h6, below the section's h1/h2 and the part's h3; RichText.forReading on the server). What goes
     * back into the text area is the stored level. Headings pasted at other levels become the top level.
     */
    function shownLevels(html) {
        return html.replace(/<(\/?)h([1-6])(?=[\s>])/gi, (m, slash, n) => '<' + slash + 'h' + Math.min(6, Math.max(4, Number(n) + 2)));
    }
    function storedLevels(html) {
        return html.replace(/<(\/?)h([1-6])(?=[\s>])/gi, (m, slash, n) => '<' + slash + 'h' + Math.max(2, Number(n) - 2));
    }

    const COMMANDS = [
        {label: 'Bold', command: 'bold', toggle: true},
        {label: 'Italic', command: 'italic', toggle: true},
        {label: 'Heading', command: 'heading', toggle: true},
        {label: 'Bulleted list', command: 'insertUnorderedList', toggle: true},
        {label: 'Numbered list', command: 'insertOrderedList', toggle: true},
        {label: 'Link', command: 'createLink', dialog: true},
        {label: 'Remove link', command: 'unlink'},
        {label: 'Table', command: 'table'}
    ];

    /** The block the caret is in, inside this editor (or null). */
    function blockAt(editor) {
        const selection = document.getSelection();
        if (!selection || selection.rangeCount === 0) return null;
        let node = selection.anchorNode;
        if (!node || !editor.contains(node)) return null;
        while (node && node !== editor) {
            if (node.nodeType === 1 && /^(P|H[1-6]|LI|TD|TH|BLOCKQUOTE|PRE)$/.test(node.nodeName)) return node;
            node = node.parentNode;
        }
        return null;
    }

    function isEmpty(editor) {
        return editor.textContent.replace(/\u00a0/g, ' ').trim() === '' && !editor.querySelector('li, table, hr');
    }

    /** An emptied editor starts again with a paragraph, so the next paste or typing does not inherit a heading. */
    function resetToParagraph(editor) {
        editor.replaceChildren();
        const p = document.createElement('p');
        p.appendChild(document.createElement('br'));
        editor.appendChild(p);
        const range = document.createRange();
        range.setStart(p, 0);
        range.collapse(true);
        const selection = document.getSelection();
        selection.removeAllRanges();
        selection.addRange(range);
    }

    /**
     * Pasted HTML from Word or Google Docs, reduced before the browser parses it into the page: no style or class
     * attributes (the CSP forbids inline style), no style sheets or comments, Word's list paragraphs as real lists,
     * no Google Docs bold wrapper. The server's RichText does the full job again on save.
     */
    function cleanPaste(html) {
        const start = html.indexOf('<!--StartFragment-->');
        const end = html.indexOf('<!--EndFragment-->');
        if (start >= 0 && end > start) html = html.slice(start + '<!--StartFragment-->'.length, end);
        html = html.replace(/<(style|xml|head|title|script)\b[\s\S]*?<\/\1\s*>/gi, '')
            .replace(/<\/?(meta|link|o:p|html|body)\b[^>]*>/gi, '');
        html = html.replace(/<p\b[^>]*mso-list:\s*l\d[^>]*>([\s\S]*?)<\/p>/gi, (m, inner) => {
            const bullet = inner.match(/<!\[if !supportLists\]>([\s\S]*?)<!\[endif\]>/i);
            const marker = bullet ? bullet[1].replace(/<[^>]*>/g, '').replace(/&nbsp;|\u00a0/g, ' ').trim() : '';
            const kind = /^[0-9a-z]{1,5}[.)]$/i.test(marker) ? 'ol' : 'ul';
            return '<li data-list="' + kind + '">' + inner.replace(/<!\[if !supportLists\]>[\s\S]*?<!\[endif\]>/gi, '') + '</li>';
        });
        html = html.replace(/(?:<li data-list="(ul|ol)">[\s\S]*?<\/li>\s*)+/g,
            (run, kind) => '<' + kind + '>' + run.replace(/ data-list="(ul|ol)"/g, '') + '</' + kind + '>');
        html = html.replace(/<!--[\s\S]*?-->|<!\[[^\]]*\]>/g, '')
            .replace(/<b\b[^>]*id=["']?docs-internal-guid[^>]*>([\s\S]*)<\/b>/i, '$1');
        return html.replace(/<[a-z][^>]*>/gi, (tag) => tag.replace(/\s(style|class|lang|dir|role|id|width|height|valign|border|cellspacing|cellpadding)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi, ''));
    }

    /** Roving tabindex: the toolbar is one tab stop; arrow keys, Home and End move between its buttons. */
    function makeRoving(toolbar) {
        const buttons = () => Array.from(toolbar.querySelectorAll('button'));
        buttons().forEach((b, i) => { b.tabIndex = i === 0 ? 0 : -1; });
        toolbar.addEventListener('keydown', (event) => {
            const all = buttons();
            const index = all.indexOf(document.activeElement);
            if (index < 0) return;
            let next = null;
            if (event.key === 'ArrowRight' || event.key === 'ArrowDown') next = all[(index + 1) % all.length];
            else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp') next = all[(index - 1 + all.length) % all.length];
            else if (event.key === 'Home') next = all[0];
            else if (event.key === 'End') next = all[all.length - 1];
            if (!next) return;
            event.preventDefault();
            all.forEach((b) => { b.tabIndex = b === next ? 0 : -1; });
            next.focus();
        });
        toolbar.addEventListener('focusin', (event) => {
            if (event.target.tagName === 'BUTTON') buttons().forEach((b) => { b.tabIndex = b === event.target ? 0 : -1; });
        });
    }

    /* One link dialog for the page, outside the section form (its field is not part of the section). */
    let linkDialog = null;
    function linkDialogFor() {
        if (linkDialog) return linkDialog;
        const dialog = document.createElement('dialog');
        dialog.className = 'dialog link-dialog';
        dialog.id = 'link-dialog';
        dialog.setAttribute('aria-labelledby', 'link-dialog-title');
        const dialogForm = document.createElement('form');
        dialogForm.method = 'dialog';
        dialogForm.noValidate = true;
        const title = document.createElement('h2');
        title.id = 'link-dialog-title';
        title.textContent = 'Insert a link';
        const field = document.createElement('div');
        field.className = 'field';
        const label = document.createElement('label');
        label.htmlFor = 'link-dialog-url';
        label.textContent = 'Link address';
        const hint = document.createElement('p');
        hint.className = 'hint';
        hint.id = 'link-dialog-hint';
        hint.textContent = 'Starting https://, http:// or mailto:, for example https://www.example.ac.uk/report';
        const error = document.createElement('p');
        error.className = 'error-message';
        error.id = 'link-dialog-error';
        error.hidden = true;
        const input = document.createElement('input');
        input.type = 'url';
        input.id = 'link-dialog-url';
        input.autocomplete = 'url';
        input.spellcheck = false;
        input.setAttribute('aria-describedby', 'link-dialog-hint');
        field.append(label, hint, error, input);
        const actions = document.createElement('div');
        actions.className = 'actions';
        const insert = document.createElement('button');
        insert.type = 'submit';
        insert.className = 'button';
        insert.textContent = 'Insert link';
        const cancel = document.createElement('button');
        cancel.type = 'button';
        cancel.className = 'button button-secondary';
        cancel.textContent = 'Cancel';
        actions.append(insert, cancel);
        dialogForm.append(title, field, actions);
        dialog.appendChild(dialogForm);
        form.parentNode.insertBefore(dialog, form.nextSibling);

        function showError(message) {
            error.textContent = message;
            error.hidden = !message;
            field.classList.toggle('field-error', !!message);
            if (message) {
                input.setAttribute('aria-invalid', 'true');
                input.setAttribute('aria-describedby', 'link-dialog-hint link-dialog-error');
            } else {
                input.removeAttribute('aria-invalid');
                input.setAttribute('aria-describedby', 'link-dialog-hint');
            }
        }
        cancel.addEventListener('click', () => dialog.close());
        dialogForm.addEventListener('submit', (event) => {
            event.preventDefault();
            const url = input.value.trim();
            if (!url) {
                showError('Enter the link address');
            } else if (!/^(https?:\/\/[^\s/]+\.[^\s]*|mailto:[^\s@]+@[^\s@]+)$/i.test(url)) {
                showError('Enter a link address that starts with https://, http:// or mailto:, like https://www.example.ac.uk');
            } else {
                dialog.returnValue = 'insert';
                dialog.close();
                return;
            }
            input.focus();
        });
        linkDialog = {
            open(onInsert, onClose) {
                input.value = 'https://';
                showError('');
                dialog.returnValue = '';
                dialog.addEventListener('close', () => {
                    if (dialog.returnValue === 'insert') onInsert(input.value.trim());
                    onClose();
                }, {once: true});
                dialog.showModal();
                input.focus();
            }
        };
        return linkDialog;
    }

    function enhance(textarea) {
        const label = document.getElementById(textarea.id + '-label');
        const toolbar = document.createElement('div');
        toolbar.className = 'rich-toolbar';
        toolbar.setAttribute('role', 'toolbar');
        toolbar.setAttribute('aria-label', (label ? label.textContent : textarea.id) + ' formatting');
        toolbar.setAttribute('aria-controls', textarea.id + '-editor');
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
        // Stored text is sanitised on the server (no style attributes, so nothing here trips the CSP).
        editor.innerHTML = shownLevels(textarea.value);

        let savedRange = null;
        function restoreSelection() {
            editor.focus();
            if (savedRange) {
                const selection = document.getSelection();
                selection.removeAllRanges();
                selection.addRange(savedRange);
            }
        }

        const toggles = [];
        function updatePressed() {
            const block = blockAt(editor);
            toggles.forEach(({button, command}) => {
                let on = false;
                if (command === 'heading') on = !!block && /^H[1-6]$/.test(block.nodeName);
                else if (block || editor.contains(document.getSelection().anchorNode)) on = document.queryCommandState(command);
                button.setAttribute('aria-pressed', on ? 'true' : 'false');
            });
        }

        COMMANDS.forEach((c) => {
            const button = document.createElement('button');
            button.type = 'button';
            button.textContent = c.label;
            if (c.toggle) {
                button.setAttribute('aria-pressed', 'false');
                toggles.push({button, command: c.command});
            }
            if (c.dialog) button.setAttribute('aria-haspopup', 'dialog');
            button.addEventListener('mousedown', (e) => e.preventDefault()); // keep the selection in the editor
            button.addEventListener('click', () => {
                restoreSelection();
                if (c.command === 'createLink') {
                    const range = savedRange;
                    linkDialogFor().open((url) => {
                        restoreSelection();
                        if (!range || range.collapsed) {
                            const link = document.createElement('a');
                            link.href = url;
                            link.textContent = url;
                            document.execCommand('insertHTML', false, link.outerHTML);
                        } else {
                            document.execCommand('createLink', false, url);
                        }
                        sync();
                    }, () => { restoreSelection(); updatePressed(); });
                    return;
                } else if (c.command === 'heading') {
                    const block = blockAt(editor);
                    const inHeading = !!block && /^H[1-6]$/.test(block.nodeName);
                    document.execCommand('formatBlock', false, inHeading ? 'p' : 'h4');
                } else if (c.command === 'table') {
                    document.execCommand('insertHTML', false,
                        '<table><tbody><tr><th>Heading</th><th>Heading</th></tr><tr><td>&nbsp;</td><td>&nbsp;</td></tr></tbody></table><p></p>');
                } else {
                    document.execCommand(c.command, false, null);
                }
                sync();
                updatePressed();
            });
            toolbar.appendChild(button);
        });
        makeRoving(toolbar);

        // Refer to an evidence item from the text: a link to its file or web address (its own tab stop, after the toolbar).
        let evidenceSelect = null;
        const references = document.querySelectorAll('#evidence-references li');
        if (references.length > 0) {
            const select = document.createElement('select');
            select.className = 'rich-evidence-link';
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
                restoreSelection();
                const link = document.createElement('a');
                link.href = select.value;
                link.textContent = title;
                document.execCommand('insertHTML', false, link.outerHTML + '&nbsp;');
                select.value = '';
                sync();
            });
            evidenceSelect = select;
        }
        function sync() {
            textarea.value = isEmpty(editor) ? '' : storedLevels(editor.innerHTML);
            updateCount(textarea);
            changed(textarea.name);
        }
        editor.addEventListener('input', () => {
            if (isEmpty(editor) && (editor.children.length !== 1 || editor.firstElementChild.nodeName !== 'P')) {
                resetToParagraph(editor);
            }
            sync();
        });
        // A paste lands in a paragraph when the field is empty, whatever block was there before; pasted HTML is
        // cleaned first, since the browser's own paste would parse Word's style attributes against the CSP.
        editor.addEventListener('paste', (event) => {
            if (isEmpty(editor)) resetToParagraph(editor);
            const html = event.clipboardData && event.clipboardData.getData('text/html');
            if (!html) return;
            event.preventDefault();
            document.execCommand('insertHTML', false, shownLevels(cleanPaste(html)));
        });
        document.addEventListener('selectionchange', () => {
            const selection = document.getSelection();
            if (selection && selection.rangeCount > 0 && editor.contains(selection.anchorNode)) {
                savedRange = selection.getRangeAt(0).cloneRange();
                updatePressed();
            }
        });
        textarea.hidden = true;
        textarea.setAttribute('aria-hidden', 'true');
        textarea.tabIndex = -1;
        textarea.parentNode.insertBefore(toolbar, textarea);
        if (evidenceSelect) textarea.parentNode.insertBefore(evidenceSelect, textarea);
        textarea.parentNode.insertBefore(editor, textarea);
        textarea.waymarkEditor = editor;
    }

    // Firefox draws resize handles and table-editing buttons inside contenteditable with inline styles, which the
    // CSP refuses (and logs); they are not needed here. Other browsers ignore these commands.
    if (editable) {
        try {
            document.execCommand('enableObjectResizing', false, 'false');
            document.execCommand('enableInlineTableEditing', false, 'false');
        } catch (e) { /* not supported */ }
    }

    form.querySelectorAll('textarea.rich-source').forEach((textarea) => {
        if (editable) enhance(textarea);
        textarea.addEventListener('input', () => { updateCount(textarea); changed(textarea.name); });
    });
    form.querySelectorAll('textarea:not(.rich-source)').forEach((textarea) => {
        textarea.addEventListener('input', () => changed(textarea.name));
    });
    form.querySelectorAll('input[type=checkbox], input[type=text], input[type=radio]').forEach((input) => {
        input.addEventListener('input', () => changed(input.name));
        input.addEventListener('change', () => changed(input.name));
    });

    /* ---- An autosave carries only what changed since the last save ---- */
    form.addEventListener('htmx:configRequest', (event) => {
        const data = event.detail.formData;
        const parts = Array.from(unsaved).filter((part) => PART_FIELDS[part]);
        unsaved.clear();
        sentTexts = null;
        if (!data) { inFlight = null; return; }
        if (parts.length === 0) {
            inFlight = null; // nothing known: the whole form, as ever
        } else {
            inFlight = parts;
            Object.keys(PART_FIELDS).filter((part) => !parts.includes(part))
                .forEach((part) => PART_FIELDS[part].forEach((field) => data.delete(field)));
            parts.forEach((part) => data.append('parts', part));
        }
        if (splicing) spliceTexts(data);
    });

    /*
     * ---- Of a long text, only the blocks that changed (ADR 0017) ----
     * The answer to a save says how the server cut each long text it carried into blocks (paragraphs, headings, lists,
     * tables), by their lengths. The next autosave of that text sends only the blocks that changed since: which of the
     * saved text's blocks they replace, and the new blocks as typed. The server keeps the other blocks as it stored them
     * and applies the splice only to that very text (the version says it is still the stored one); otherwise it writes
     * nothing and asks for the whole text.
     */
    const TEXT_PARTS = ['description', 'reflection', 'evidence'];
    const splicing = form.hasAttribute('data-autosave-splice');
    const savedTexts = {};    // per text part: {text, ends}, the text the server holds at the form's version and where its blocks end
    let sentTexts = null;     // per text part: the whole text the autosave in flight carries

    /** The blocks of base.text that text changes, from the first changed to the last: [from, to) and what replaces them. */
    function spliceOf(base, text) {
        const old = base.text;
        const shorter = Math.min(old.length, text.length);
        let same = 0;
        while (same < shorter && old.charCodeAt(same) === text.charCodeAt(same)) same++;
        let tail = 0;
        while (tail < shorter - same && old.charCodeAt(old.length - 1 - tail) === text.charCodeAt(text.length - 1 - tail)) tail++;
        const start = (block) => (block === 0 ? 0 : base.ends[block - 1]);
        let from = 0;
        while (from < base.ends.length && base.ends[from] <= same) from++;
        let to = from;
        while (to < base.ends.length && start(to) < old.length - tail) to++;
        return {from, to, with: text.slice(start(from), text.length - (old.length - start(to)))};
    }

    function spliceTexts(data) {
        sentTexts = {};
        TEXT_PARTS.filter((part) => data.has(part)).forEach((part) => {
            const text = data.get(part);
            sentTexts[part] = text;
            const base = savedTexts[part];
            if (!base) return; // not known: the whole text
            const splice = spliceOf(base, text);
            data.set(part, splice.with);
            data.set(part + 'Splice', [splice.from, splice.to, base.ends.length].join(','));
        });
    }

    /** After a save: each text it carried is known, with its blocks, if the server cut it; otherwise it goes whole next time. */
    function rememberSaved(xhr) {
        if (!sentTexts) return;
        const cuts = {};
        (xhr.getResponseHeader('X-Waymark-Cuts') || '').split(';').forEach((entry) => {
            const colon = entry.indexOf(':');
            if (colon > 0) cuts[entry.slice(0, colon)] = entry.slice(colon + 1).split(',').map(Number);
        });
        Object.keys(sentTexts).forEach((part) => {
            const text = sentTexts[part];
            const ends = [];
            (cuts[part] || []).reduce((end, length) => { ends.push(end + length); return end + length; }, 0);
            // The lengths must add up to the text as this page has it (a text changed on its way would not).
            savedTexts[part] = ends.length > 0 && ends[ends.length - 1] === text.length ? {text, ends} : null;
        });
    }

    /* The splice did not fit the stored text (another tab saved, say): nothing was written; send it all now. */
    document.body.addEventListener('waymark:send-whole', () => {
        TEXT_PARTS.forEach((part) => { savedTexts[part] = null; });
        clearTimeout(timer);
        timer = setTimeout(autosave, 0);
    });

    /** The parts of an autosave that did not save are still to be saved. */
    function stillUnsaved() {
        if (inFlight) inFlight.forEach((part) => unsaved.add(part));
        inFlight = null;
    }

    /* ---- Answers from the server ---- */
    form.addEventListener('htmx:afterRequest', (event) => {
        const xhr = event.detail.xhr;
        const refused = /waymark:(conflict|save-failed|send-whole)/.test(xhr.getResponseHeader('HX-Trigger') || '');
        if (event.detail.successful && xhr.status === 200 && !refused) {
            inFlight = null;
            rememberSaved(xhr);
        } else {
            stillUnsaved();
        }
        sentTexts = null;
        if (event.detail.successful && xhr.status === 200 && !paused) {
            dirty = unsaved.size > 0; // typed while this save was on its way: still to be saved
            tooLarge = false;
            // The answer says "Saved at ..." for what it carried; what was typed meanwhile is not saved yet.
            if (dirty && !refused) setStatus('Unsaved changes');
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
        } else if (xhr.status === 413) {
            tooLarge = true;
            // Too large to save: trying again cannot help; the next change tries again.
            const plain = (xhr.getResponseHeader('Content-Type') || '').startsWith('text/plain');
            setStatus(plain && xhr.responseText ? xhr.responseText
                : 'Not saved: this section is too large to save. Shorten it, or move long material into evidence items. Your text is still in this page.', true);
        } else {
            setStatus('Not saved (the server answered ' + xhr.status + '). Trying again shortly; your text is safe in this page.', true);
            timer = setTimeout(autosave, RETRY_DELAY_MS);
        }
    });

    form.addEventListener('htmx:sendError', () => {
        stillUnsaved();
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
        if (tooLarge) {
            setStatus('Not saved: this section is too large to save. Shorten it, or move long material into evidence items. Your text is still in this page.', true);
            return;
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
