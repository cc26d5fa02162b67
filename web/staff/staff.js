/*
 * Tanxun's staff workspace: the handoff inbox, one handoff with the need confirmation, insights and practice.
 * No framework. Every string from the server or a customer goes into the page through textContent (el()
 * below), never as HTML. The staff key lives in sessionStorage and travels only as the bearer header.
 */
(function () {
  'use strict';

  var SESSION = 'tanxun.staff';
  var LOCALE_KEY = 'tanxun.staff.locale';
  var LOCALES = ['en', 'zh-CN'];
  var STATUSES = ['open', 'claimed', 'completed'];
  var TRIGGERS = ['discovery-complete', 'customer-asked', 'bot-stuck'];
  var PAGE_SIZE = 50;
  var COLORS = ['#0f6cbd', '#c2410c', '#047857', '#7c3aed', '#b91c1c', '#0e7490', '#a16207', '#be185d'];

  var locale = 'en';
  var strings = null;
  var session = null;
  var inbox = { records: [], next: null, filter: {} };
  var current = null;
  var live = { generation: 0, controller: null };
  var charts = [];

  function $(id) {
    return document.getElementById(id);
  }

  /** An element with attributes and children; strings become text nodes, so data is never parsed as HTML. */
  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (name) {
      var value = attrs[name];
      if (value === undefined || value === null || value === false) return;
      if (name === 'text') node.textContent = String(value);
      else if (name === 'className') node.className = value;
      else if (name.slice(0, 2) === 'on') node.addEventListener(name.slice(2), value);
      else node.setAttribute(name, value === true ? '' : String(value));
    });
    (children || []).forEach(function (child) {
      if (child === undefined || child === null || child === false) return;
      node.appendChild(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
    });
    return node;
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
    return node;
  }

  // ---- strings ----

  function lookup(tree, key) {
    return key.split('.').reduce(function (at, part) {
      return at && typeof at === 'object' ? at[part] : undefined;
    }, tree);
  }

  /** staff.json's key (or "ns:key" for the shared handoff labels), with {{name}} filled and _one/_other by count. */
  function t(key, params) {
    params = params || {};
    var ns = 'staff';
    var colon = key.indexOf(':');
    if (colon > 0) {
      ns = key.slice(0, colon);
      key = key.slice(colon + 1);
    }
    var tree = strings ? strings[ns] : null;
    var value;
    if (typeof params.count === 'number') value = lookup(tree, key + '_' + new Intl.PluralRules(locale).select(params.count)) || lookup(tree, key + '_other');
    if (value === undefined) value = lookup(tree, key);
    if (typeof value !== 'string') return key;
    return value.replace(/\{\{(\w+)\}\}/g, function (whole, name) {
      return params[name] === undefined ? whole : String(params[name]);
    });
  }

  function label(ns, group, id) {
    var value = strings && strings[ns] && strings[ns][group] ? strings[ns][group][id] : undefined;
    return typeof value === 'string' ? value : String(id);
  }

  function playbookName(id) {
    return (strings && strings.playbooks && strings.playbooks[id]) || id || '';
  }

  function areaName(id) {
    var value = strings && strings.areas ? strings.areas[id] : undefined;
    return typeof value === 'string' ? value : String(id);
  }

  function personaName(id) {
    return (strings && strings.personas && strings.personas[id]) || id;
  }

  function when(iso) {
    var date = new Date(iso);
    if (isNaN(date.getTime())) return String(iso || '');
    return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
  }

  function loadStrings(next) {
    return fetch('/staff/strings/' + encodeURIComponent(next)).then(function (r) {
      if (!r.ok) throw new Error('strings ' + r.status);
      return r.json();
    }).then(function (body) {
      locale = next;
      strings = body;
      try {
        sessionStorage.setItem(LOCALE_KEY, next);
      } catch (e) {
        // storage off: the choice lasts as long as the page
      }
      applyStrings();
    });
  }

  function applyStrings() {
    document.documentElement.lang = locale;
    document.title = t('title');
    document.querySelectorAll('[data-t]').forEach(function (node) {
      node.textContent = t(node.getAttribute('data-t'));
    });
    document.querySelectorAll('[data-t-label]').forEach(function (node) {
      node.setAttribute('aria-label', t(node.getAttribute('data-t-label')));
    });
    document.querySelectorAll('.lang button').forEach(function (b) {
      b.setAttribute('aria-pressed', String(b.getAttribute('data-locale') === locale));
    });
    fillSelect($('f-status'), STATUSES, function (s) { return label('handoff', 'status', s); }, t('filters.any'));
    fillSelect($('f-trigger'), TRIGGERS, function (s) { return label('handoff', 'trigger', s); }, t('filters.any'));
    fillSelect($('f-locale'), LOCALES, function (s) { return label('handoff', 'language', s); }, t('filters.any'));
    var playbooks = Object.keys((strings && strings.playbooks) || {});
    fillSelect($('f-playbook'), playbooks, playbookName, t('filters.any'));
    fillSelect($('i-playbook'), playbooks, playbookName, t('insights.all'));
    if (session) $('who').textContent = t('signedInAs', { rep: session.rep });
  }

  /** Options for a filter, keeping what was chosen. */
  function fillSelect(select, values, name, anyLabel) {
    var chosen = select.value;
    clear(select);
    select.appendChild(el('option', { value: '', text: anyLabel }));
    values.forEach(function (v) {
      select.appendChild(el('option', { value: v, text: name(v) }));
    });
    select.value = values.indexOf(chosen) >= 0 ? chosen : '';
  }

  function announce(text) {
    var node = $('announcer');
    node.textContent = '';
    setTimeout(function () { node.textContent = text; }, 50);
  }

  // ---- the staff API ----

  function ApiError(status, body) {
    this.status = status;
    this.body = body || {};
    this.message = (body && body.error) || 'HTTP ' + status;
  }

  /** One call with the bearer key and the reader's language; JSON in and out, errors as ApiError. */
  function api(method, path, body, options) {
    options = options || {};
    var headers = { Authorization: 'Bearer ' + (session ? session.key : ''), 'Accept-Language': locale, Accept: options.accept || 'application/json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    return fetch(path, { method: method, headers: headers, body: body === undefined ? undefined : JSON.stringify(body), signal: options.signal, cache: 'no-store' }).then(function (r) {
      var type = r.headers.get('content-type') || '';
      var read = type.indexOf('json') >= 0 ? r.json().catch(function () { return {}; }) : r.text();
      return read.then(function (data) {
        if (r.status === 401 && !options.signingIn) {
          signOut(t('signIn.expired'));
        }
        if (!r.ok) throw new ApiError(r.status, typeof data === 'object' ? data : { error: String(data).slice(0, 200) });
        return { data: data, headers: r.headers };
      });
    });
  }

  function query(params) {
    var parts = [];
    Object.keys(params).forEach(function (k) {
      if (params[k] !== undefined && params[k] !== null && params[k] !== '') parts.push(encodeURIComponent(k) + '=' + encodeURIComponent(params[k]));
    });
    return parts.length ? '?' + parts.join('&') : '';
  }

  /** A date input's day as the start (or end) of that day where the reader is, as an instant. */
  function dayBound(value, end) {
    if (!value) return undefined;
    var parts = value.split('-').map(Number);
    var date = end ? new Date(parts[0], parts[1] - 1, parts[2], 23, 59, 59, 999) : new Date(parts[0], parts[1] - 1, parts[2]);
    return date.toISOString();
  }

  // ---- sign-in ----

  function readSession() {
    try {
      var saved = JSON.parse(sessionStorage.getItem(SESSION) || 'null');
      return saved && typeof saved.key === 'string' && typeof saved.rep === 'string' ? saved : null;
    } catch (e) {
      return null;
    }
  }

  function saveSession(value) {
    try {
      if (value) sessionStorage.setItem(SESSION, JSON.stringify(value));
      else sessionStorage.removeItem(SESSION);
    } catch (e) {
      // storage off: signed in for as long as the page is open
    }
  }

  function showSignIn(message) {
    $('signin').hidden = false;
    $('nav').hidden = true;
    $('account').hidden = true;
    ['inbox', 'insights', 'practice'].forEach(function (v) { $('view-' + v).hidden = true; });
    $('signin-message').textContent = message || '';
    $('signin-key').focus();
  }

  function signIn(event) {
    event.preventDefault();
    var key = $('signin-key').value.trim();
    var rep = $('signin-rep').value.trim();
    if (!key) return void ($('signin-message').textContent = t('signIn.wrongKey'));
    if (!rep) return void ($('signin-message').textContent = t('signIn.needRep'));
    $('signin-message').textContent = t('signIn.checking');
    session = { key: key, rep: rep };
    api('GET', '/api/handoffs?limit=1', undefined, { signingIn: true }).then(function () {
      saveSession(session);
      $('signin-key').value = '';
      enter();
    }, function (err) {
      session = null;
      $('signin-message').textContent = err instanceof ApiError && (err.status === 401 || err.status === 403) ? t('signIn.wrongKey') : t('signIn.unreachable');
    });
  }

  function signOut(message) {
    session = null;
    saveSession(null);
    stopLive();
    current = null;
    inbox.records = [];
    destroyCharts();
    if (location.hash) history.replaceState(null, '', location.pathname);
    showSignIn(message);
  }

  function enter() {
    $('signin').hidden = true;
    $('nav').hidden = false;
    $('account').hidden = false;
    $('who').textContent = t('signedInAs', { rep: session.rep });
    startLive();
    route();
  }

  // ---- views ----

  function route() {
    if (!session) return showSignIn();
    var hash = location.hash.replace(/^#\/?/, '');
    var view = 'inbox';
    var id = null;
    if (hash.indexOf('handoff/') === 0) id = decodeURIComponent(hash.slice('handoff/'.length));
    else if (hash === 'insights' || hash === 'practice') view = hash;
    ['inbox', 'insights', 'practice'].forEach(function (v) {
      $('view-' + v).hidden = v !== view;
    });
    document.querySelectorAll('#nav a').forEach(function (a) {
      if (a.getAttribute('data-view') === view) a.setAttribute('aria-current', 'page');
      else a.removeAttribute('aria-current');
    });
    if (view === 'inbox') {
      if (!inbox.loaded) loadInbox();
      openHandoff(id);
    } else if (view === 'insights') {
      loadInsights();
    } else {
      loadPractice();
    }
  }

  // ---- the inbox ----

  function inboxFilter() {
    return {
      status: $('f-status').value,
      playbook: $('f-playbook').value,
      locale: $('f-locale').value,
      trigger: $('f-trigger').value,
      from: dayBound($('f-from').value, false),
      to: dayBound($('f-to').value, true),
    };
  }

  function loadInbox(older) {
    var filter = older ? inbox.filter : inboxFilter();
    var params = Object.assign({ limit: PAGE_SIZE }, filter, older ? { before: inbox.next } : {});
    $('inbox-message').textContent = older ? '' : t('inbox.loading');
    return api('GET', '/api/handoffs' + query(params)).then(function (answer) {
      var records = Array.isArray(answer.data) ? answer.data : [];
      inbox.filter = filter;
      inbox.loaded = true;
      inbox.records = older ? inbox.records.concat(records) : records;
      inbox.next = records.length === PAGE_SIZE ? answer.headers.get('X-Next-Before') || records[records.length - 1].createdAt : null;
      $('inbox-message').textContent = '';
      renderInbox();
    }, function (err) {
      $('inbox-message').textContent = t('inbox.failed', { error: err.message });
    });
  }

  /** The newest records again, as many as are shown, after a live update; focus stays where it was. */
  function refreshInbox() {
    var shown = Math.max(PAGE_SIZE, Math.min(inbox.records.length, 200));
    var params = Object.assign({ limit: shown }, inbox.filter);
    return api('GET', '/api/handoffs' + query(params)).then(function (answer) {
      var records = Array.isArray(answer.data) ? answer.data : [];
      inbox.records = records;
      inbox.next = records.length === shown ? answer.headers.get('X-Next-Before') || records[records.length - 1].createdAt : null;
      var focused = document.activeElement && document.activeElement.getAttribute('data-id');
      renderInbox();
      if (focused) {
        var again = document.querySelector('#inbox-items a[data-id="' + CSS.escape(focused) + '"]');
        if (again) again.focus();
      }
    }, function () {
      // the next update tries again
    });
  }

  function customerName(record) {
    var c = record.customer || {};
    var who = [c.name, c.organization].filter(Boolean).join(' · ');
    return who || t('inbox.unnamed');
  }

  function badge(kind, value, text) {
    return el('span', { className: 'badge ' + kind + '-' + value, text: text });
  }

  function renderInbox() {
    var list = clear($('inbox-items'));
    $('inbox-count').textContent = t('inbox.count', { count: inbox.records.length });
    if (!inbox.records.length) list.appendChild(el('li', { className: 'empty', text: t('inbox.empty') }));
    inbox.records.forEach(function (r) {
      var selected = current && current.id === r.id;
      list.appendChild(el('li', {}, [
        el('a', { href: '#/handoff/' + encodeURIComponent(r.id), 'data-id': r.id, className: 'item' + (selected ? ' selected' : ''), 'aria-current': selected ? 'true' : null }, [
          el('span', { className: 'item-top' }, [
            badge('status', r.status, label('handoff', 'status', r.status)),
            el('span', { className: 'item-name', text: r.needName || '' }),
          ]),
          el('span', { className: 'item-who', text: customerName(r) }),
          el('span', { className: 'item-meta' }, [
            el('span', { text: playbookName(r.playbook) }),
            el('span', { text: label('handoff', 'language', r.locale) }),
            el('span', { text: label('handoff', 'trigger', r.trigger) }),
            el('time', { datetime: r.createdAt, text: when(r.createdAt) }),
          ]),
          r.claimedBy ? el('span', { className: 'item-claimed', text: t('detail.claimedBy', { rep: r.claimedBy }) }) : null,
        ]),
      ]));
    });
    $('inbox-more').hidden = !inbox.next;
  }

  // ---- live updates ----

  function sleep(ms) {
    return new Promise(function (resolve) { setTimeout(resolve, ms); });
  }

  function startLive() {
    stopLive();
    live.generation += 1;
    var generation = live.generation;
    live.controller = new AbortController();
    var signal = live.controller.signal;
    // The first call, without "after", answers at once with the version the list just loaded matches.
    var after;
    var primed = false;
    var stillLive = function () { return generation === live.generation && session; };
    (function next() {
      if (!stillLive()) return;
      var asked = Date.now();
      api('GET', '/api/handoffs/updates' + query({ after: after }), undefined, { signal: signal }).then(function (answer) {
        $('live-problem').hidden = true;
        var body = answer.data || {};
        var ids = Array.isArray(body.ids) ? body.ids : [];
        var version = typeof body.version === 'number' ? body.version : after;
        var changed = primed && (version !== after || ids.length > 0 || body.reset === true);
        if (changed) onUpdate(body.reset ? [] : ids);
        var wasPrimed = primed;
        primed = true;
        after = version;
        // A server that answers at once without a change must not be asked again in a tight loop.
        var quick = wasPrimed && !changed && Date.now() - asked < 1000;
        if (quick) sleep(2000).then(next);
        else next();
      }, function (err) {
        if (!stillLive() || signal.aborted) return;
        if (err instanceof ApiError && err.status === 401) return;
        $('live-problem').textContent = t('live.reconnecting');
        $('live-problem').hidden = false;
        sleep(3000).then(next);
      });
    })();
  }

  function stopLive() {
    live.generation += 1;
    if (live.controller) live.controller.abort();
    live.controller = null;
  }

  function onUpdate(ids) {
    if (!$('view-inbox').hidden) {
      refreshInbox().then(function () { announce(t('inbox.updated')); });
    } else {
      inbox.loaded = false;
    }
    if (current && (!ids.length || ids.indexOf(current.id) >= 0)) reloadHandoff();
  }

  // ---- one handoff ----

  function openHandoff(id) {
    var view = $('view-inbox');
    if (!id) {
      current = null;
      view.classList.remove('showing-detail');
      $('detail-placeholder').hidden = false;
      $('detail-body').hidden = true;
      renderInbox();
      return;
    }
    view.classList.add('showing-detail');
    $('detail-placeholder').hidden = true;
    var body = $('detail-body');
    body.hidden = false;
    if (!current || current.id !== id) {
      clear(body).appendChild(el('p', { text: t('inbox.loading') }));
    }
    api('GET', '/api/handoffs/' + encodeURIComponent(id)).then(function (answer) {
      current = answer.data;
      renderInbox();
      renderHandoff();
      $('detail-heading').focus();
    }, function (err) {
      clear(body).appendChild(el('p', { className: 'message', role: 'alert', text: t('detail.loadFailed', { error: err.message }) }));
    });
  }

  function reloadHandoff(message) {
    if (!current) return Promise.resolve();
    var id = current.id;
    return api('GET', '/api/handoffs/' + encodeURIComponent(id)).then(function (answer) {
      if (!current || current.id !== id) return;
      var focusedId = document.activeElement && document.activeElement.id;
      current = answer.data;
      renderHandoff(message);
      if (focusedId && $(focusedId)) $(focusedId).focus();
    });
  }

  /** The need confirmation's state, however the record carries it (an object next to the customer's own confirmation). */
  function needConfirmation(record) {
    var c = record.needConfirmation || (record.confirmation && typeof record.confirmation === 'object' ? record.confirmation : null);
    return c && typeof c === 'object' ? c : { status: 'draft' };
  }

  function section(title, children, className) {
    var id = 'h-' + Math.random().toString(36).slice(2, 9);
    return el('section', { className: 'block ' + (className || ''), 'aria-labelledby': id }, [el('h3', { id: id, text: title })].concat(children));
  }

  function quotes(evidence) {
    return (evidence || []).filter(function (e) { return e && e.quote; }).map(function (e) {
      return el('blockquote', { className: 'quote' }, [e.quote]);
    });
  }

  function list(items, render, empty) {
    if (!items || !items.length) return el('p', { className: 'none', text: empty });
    return el('ul', { className: 'plain' }, items.map(function (item) { return el('li', {}, render(item)); }));
  }

  /** Markdown's inline marks (**bold**, `code`, backslash escapes) as elements and text nodes, never as HTML. */
  function inline(text) {
    var out = [];
    var pattern = /\*\*(.+?)\*\*|`([^`]+)`/g;
    var at = 0;
    var match;
    var unescape = function (s) { return s.replace(/\\([\\`*_{}\[\]()#+\-.!|<>~])/g, '$1'); };
    while ((match = pattern.exec(text))) {
      if (match.index > at) out.push(unescape(text.slice(at, match.index)));
      out.push(match[1] !== undefined ? el('strong', {}, [unescape(match[1])]) : el('code', {}, [match[2]]));
      at = pattern.lastIndex;
    }
    if (at < text.length) out.push(unescape(text.slice(at)));
    return out;
  }

  /** The server's Markdown summary as headings, lists and paragraphs built from text nodes. */
  function markdown(source) {
    var root = el('div', { className: 'summary' });
    var listNode = null;
    String(source).split(/\r?\n/).forEach(function (line) {
      var heading = /^(#{1,6})\s+(.*)$/.exec(line);
      var item = /^\s*[-*]\s+(.*)$/.exec(line);
      if (item) {
        if (!listNode) root.appendChild(listNode = el('ul', { className: 'plain' }));
        listNode.appendChild(el('li', {}, inline(item[1])));
        return;
      }
      listNode = null;
      if (!line.trim()) return;
      if (heading) root.appendChild(el(heading[1].length === 1 ? 'h4' : 'h5', {}, inline(heading[2])));
      else root.appendChild(el('p', {}, inline(line)));
    });
    return root;
  }

  function renderHandoff(message) {
    var r = current;
    var body = clear($('detail-body'));
    var summary = r.summary && (r.summary[locale] || r.summary[locale === 'en' ? 'zh-CN' : 'en']);
    var mine = r.status === 'claimed' && r.claimedBy === session.rep;

    body.appendChild(el('a', { href: '#/inbox', className: 'back', text: '← ' + t('detail.back') }));
    body.appendChild(el('h2', { id: 'detail-heading', tabindex: '-1', text: r.needName || customerName(r) }));
    body.appendChild(el('p', { className: 'meta' }, [
      badge('status', r.status, label('handoff', 'status', r.status)), ' ',
      el('span', { text: customerName(r) }), ' · ',
      el('span', { text: playbookName(r.playbook) }), ' · ',
      el('span', { text: label('handoff', 'language', r.locale) }), ' · ',
      el('span', { text: label('handoff', 'trigger', r.trigger) }), ' · ',
      el('time', { datetime: r.createdAt, text: t('detail.created', { when: when(r.createdAt) }) }),
      r.claimedBy ? el('span', { className: 'claimed-by', text: ' · ' + t('detail.claimedBy', { rep: r.claimedBy }) }) : null,
    ]));

    var actions = el('div', { className: 'actions' }, [
      el('button', { type: 'button', id: 'claim', className: 'primary', disabled: r.status !== 'open', onclick: claim, text: t('detail.claim') }),
      el('button', { type: 'button', id: 'complete', disabled: r.status === 'completed' || (r.status === 'claimed' && !mine), onclick: complete, text: t('detail.complete') }),
    ]);
    body.appendChild(actions);
    body.appendChild(el('p', { id: 'detail-message', className: 'message', role: 'alert', text: message || '' }));

    body.appendChild(section(t('detail.summary'), [summary ? markdown(summary) : el('p', { className: 'none', text: t('detail.noSummary') })]));
    if (r.statement) body.appendChild(section(t('detail.statement'), [el('p', { className: 'statement', text: r.statement })]));

    var evidence = [];
    (r.explicitNeeds || []).forEach(function (n) {
      evidence.push(el('div', { className: 'evidence' }, [el('p', { className: 'evidence-what' }, [el('span', { className: 'area', text: areaName(n.area) }), ' ', n.text])].concat(quotes(n.evidence))));
    });
    (r.pains || []).forEach(function (p) {
      evidence.push(el('div', { className: 'evidence' }, [el('p', { className: 'evidence-what' }, [el('span', { className: 'area', text: t('detail.pains') }), ' ', p.text])].concat(quotes(p.evidence))));
    });
    body.appendChild(section(t('detail.evidence'), evidence.length ? evidence : [el('p', { className: 'none', text: t('detail.noEvidence') })], 'evidence-block'));

    body.appendChild(section(t('detail.latent'), [list(r.latentNeeds, function (n) {
      return [
        badge('latent', n.status, label('handoff', 'latentStatus', n.status)), ' ',
        el('strong', { text: n.text }),
        n.motive ? el('span', { className: 'sub', text: ' (' + label('handoff', 'label', 'motive') + ': ' + n.motive + ')' }) : null,
      ].concat(quotes(n.evidence));
    }, t('detail.noLatent'))]));

    body.appendChild(section(t('detail.openQuestions'), [list(r.openQuestions, function (q) { return [q]; }, t('detail.noOpenQuestions'))]));
    body.appendChild(section(t('detail.customerQuestions'), [list(customerQuestions(r), function (q) { return [q]; }, t('detail.noCustomerQuestions'))]));

    body.appendChild(renderConfirmation(r));
    body.appendChild(renderNotes(r));
    body.appendChild(section(t('detail.transcript'), [renderTranscript(r)], 'transcript'));
  }

  /**
   * The customer's questions to the bot: the record's own list when the server keeps one, else the customer's
   * messages in the transcript that end in a question mark (a sure sign; questions without one are missed).
   */
  function customerQuestions(r) {
    if (Array.isArray(r.customerQuestions)) {
      return r.customerQuestions.map(function (q) { return typeof q === 'string' ? q : q && (q.text || q.question); }).filter(Boolean);
    }
    return (Array.isArray(r.transcript) ? r.transcript : []).filter(function (entry) {
      return entry.from === 'customer' && /[?？]\s*$/.test(entry.text || '');
    }).map(function (entry) { return entry.text; });
  }

  function renderTranscript(r) {
    var entries = Array.isArray(r.transcript) ? r.transcript : [];
    if (!entries.length) return el('p', { className: 'none', text: t('detail.noTranscript') });
    return el('ol', { className: 'chat' }, entries.map(function (entry) {
      return el('li', { className: 'turn from-' + (entry.from === 'customer' ? 'customer' : 'bot') }, [
        el('span', { className: 'speaker' }, [label('handoff', 'speaker', entry.from === 'customer' ? 'customer' : 'bot'), ' ', el('time', { datetime: entry.timestamp, text: when(entry.timestamp) })]),
        el('p', { text: entry.text }),
      ]);
    }));
  }

  function renderNotes(r) {
    var notes = Array.isArray(r.notes) ? r.notes : [];
    var form = el('form', { className: 'note-form', onsubmit: addNote }, [
      el('label', { for: 'note-text', text: t('detail.note') }),
      el('textarea', { id: 'note-text', rows: '3', maxlength: '4000' }),
      el('button', { type: 'submit', id: 'note-save', text: t('detail.addNote') }),
    ]);
    return section(t('detail.notes'), [
      list(notes, function (n) {
        return [el('p', { className: 'note-by', text: t('detail.noteBy', { rep: n.by || n.rep || '', when: when(n.at) }) }), el('p', { className: 'note-text', text: n.text })];
      }, t('detail.noNotes')),
      form,
    ], 'notes');
  }

  /** The fields staff may correct before the customer sees the definition: path in the record, label, value. */
  function editableFields(r) {
    var fields = [
      { path: 'needName', label: t('confirmation.needName'), value: r.needName || '', multiline: false },
      { path: 'statement', label: t('confirmation.statement'), value: r.statement || '', multiline: true },
    ];
    (r.openQuestions || []).forEach(function (q, i) {
      fields.push({ path: 'openQuestions.' + i, label: t('confirmation.openQuestion', { n: i + 1 }), value: q, multiline: false });
    });
    return fields;
  }

  function renderConfirmation(r) {
    var c = needConfirmation(r);
    var status = c.status || 'draft';
    var fields = editableFields(r);
    var inputs = fields.map(function (f, i) {
      var id = 'def-' + i;
      var control = f.multiline ? el('textarea', { id: id, rows: '4', 'data-path': f.path }) : el('input', { id: id, type: 'text', 'data-path': f.path });
      control.value = f.value;
      control.defaultValue = f.value;
      return el('div', { className: 'field' }, [el('label', { for: id, text: f.label }), control]);
    });
    var locked = status === 'sent' || status === 'confirmed';
    var form = el('form', { className: 'definition', id: 'definition', onsubmit: saveDefinition }, inputs.concat([
      el('div', { className: 'actions' }, [
        el('button', { type: 'submit', id: 'def-save', disabled: locked, text: t('confirmation.save') }),
        el('button', { type: 'button', id: 'def-approve', disabled: status !== 'draft' && status !== 'change-requested', onclick: approve, text: t('confirmation.approve') }),
        el('button', { type: 'button', id: 'def-send', className: 'primary', disabled: status !== 'approved', onclick: sendToCustomer, text: t('confirmation.send') }),
      ]),
    ]));
    var comment = c.comment || c.customerComment || c.change || c.text;
    var edits = Array.isArray(r.edits) ? r.edits : [];
    return section(t('confirmation.heading'), [
      el('p', { text: t('confirmation.intro') }),
      el('p', { className: 'confirmation-status' }, [t('confirmation.status') + ': ', badge('confirmation', status, t('confirmation.states.' + status))]),
      comment ? el('blockquote', { className: 'quote', text: t('confirmation.customerComment', { text: comment }) }) : null,
      form,
      el('h4', { text: t('confirmation.edits') }),
      list(edits.slice().reverse(), function (e) {
        return [
          el('p', { className: 'edit-by', text: t('confirmation.edit', { by: e.by || '', when: when(e.at), field: fieldName(e.field) }) }),
          el('p', { className: 'edit-change' }, [el('span', { className: 'sub', text: t('confirmation.editFrom') + ': ' }), el('del', { text: show(e.from) }), ' ', el('span', { className: 'sub', text: t('confirmation.editTo') + ': ' }), el('ins', { text: show(e.to) })]),
        ];
      }, t('confirmation.noEdits')),
    ], 'confirmation');
  }

  function fieldName(path) {
    var field = String(path || '');
    if (field === 'needName') return t('confirmation.needName');
    if (field === 'statement') return t('confirmation.statement');
    var q = /^openQuestions\.(\d+)$/.exec(field);
    if (q) return t('confirmation.openQuestion', { n: Number(q[1]) + 1 });
    return field;
  }

  function show(value) {
    if (value === undefined || value === null) return '—';
    return typeof value === 'string' ? value : JSON.stringify(value);
  }

  function detailMessage(text) {
    var node = $('detail-message');
    if (node) node.textContent = text;
  }

  function act(promise, done) {
    return promise.then(function () { return reloadHandoff(done); }).catch(function (err) {
      if (err instanceof ApiError && err.status === 409) {
        // Someone else was first: say who, from the answer or from the record as it now stands.
        return reloadHandoff().then(function () {
          var who = err.body.claimedBy || (current && current.claimedBy);
          detailMessage(who ? t('detail.alreadyClaimed', { rep: who }) : t('detail.failed', { error: err.message }));
        });
      }
      detailMessage(t('detail.failed', { error: err.message }));
    });
  }

  function claim() {
    var id = current.id;
    return act(api('POST', '/api/handoffs/' + encodeURIComponent(id) + '/claim', { rep: session.rep }), t('detail.claimed'));
  }

  function complete() {
    var id = current.id;
    return act(api('POST', '/api/handoffs/' + encodeURIComponent(id) + '/complete', { rep: session.rep }), t('detail.completed'));
  }

  function addNote(event) {
    event.preventDefault();
    var text = $('note-text').value.trim();
    if (!text) return;
    act(api('POST', '/api/handoffs/' + encodeURIComponent(current.id) + '/notes', { rep: session.rep, text: text }), t('detail.noteSaved'));
  }

  function saveDefinition(event) {
    if (event) event.preventDefault();
    var changes = {};
    var any = false;
    document.querySelectorAll('#definition [data-path]').forEach(function (control) {
      if (control.value !== control.defaultValue) {
        changes[control.getAttribute('data-path')] = control.value;
        any = true;
      }
    });
    if (!any) {
      detailMessage(t('confirmation.nothingChanged'));
      return Promise.resolve(false);
    }
    return api('PATCH', '/api/handoffs/' + encodeURIComponent(current.id) + '/definition', { rep: session.rep, changes: changes }).then(function () {
      return reloadHandoff(t('confirmation.saved')).then(function () { return true; });
    }, function (err) {
      detailMessage(t('detail.failed', { error: err.message }));
      return false;
    });
  }

  function approve() {
    var id = current.id;
    return act(api('POST', '/api/handoffs/' + encodeURIComponent(id) + '/approve', { rep: session.rep }), t('confirmation.approved'));
  }

  function sendToCustomer() {
    var id = current.id;
    return act(api('POST', '/api/handoffs/' + encodeURIComponent(id) + '/send', { rep: session.rep }), t('confirmation.sent'));
  }

  // ---- charts ----

  function destroyCharts() {
    charts.forEach(function (c) { c.destroy(); });
    charts = [];
  }

  /** A chart with its title and a text alternative: the same numbers as a table for screen readers. */
  function chartFigure(id, title, type, labels, datasets, options) {
    var canvas = el('canvas', { id: id, role: 'img', 'aria-label': t('insights.chartLabel', { title: title, values: labels.map(function (l, i) { return l + ' ' + datasets.map(function (d) { return d.data[i]; }).join('/'); }).join(', ') }) });
    var table = el('table', { className: 'sr-only' }, [
      el('caption', { text: title }),
      el('thead', {}, [el('tr', {}, [el('th', { scope: 'col', text: '' })].concat(datasets.map(function (d) { return el('th', { scope: 'col', text: d.label || t('insights.count') }); })))]),
      el('tbody', {}, labels.map(function (l, i) {
        return el('tr', {}, [el('th', { scope: 'row', text: l })].concat(datasets.map(function (d) { return el('td', { text: String(d.data[i]) }); })));
      })),
    ]);
    var figure = el('figure', { className: 'chart' }, [el('figcaption', { text: title }), el('div', { className: 'canvas-box' + (type === 'bar' && options && options.indexAxis === 'y' ? ' tall' : '') }, [canvas]), table]);
    return { figure: figure, draw: function () {
      if (!window.Chart) return;
      charts.push(new window.Chart(canvas, {
        type: type,
        data: { labels: labels, datasets: datasets.map(function (d, i) { return Object.assign({ backgroundColor: d.colors || COLORS[i % COLORS.length], borderColor: COLORS[i % COLORS.length] }, d); }) },
        options: Object.assign({
          animation: false,
          responsive: true,
          maintainAspectRatio: false,
          plugins: { legend: { display: datasets.length > 1 } },
          scales: type === 'line' || type === 'bar' ? { x: { beginAtZero: true, ticks: { precision: 0 } }, y: { beginAtZero: true, ticks: { precision: 0 } } } : undefined,
        }, options || {}),
      }));
    } };
  }

  function textList(title, items, empty) {
    return el('section', { className: 'chart list-card' }, [el('h3', { text: title }), items.length ? el('ol', { className: 'ranked' }, items.map(function (p) {
      return el('li', {}, [el('span', { className: 'n', text: String(p[1]) }), el('span', { text: p[0] })]);
    })) : el('p', { className: 'none', text: empty })]);
  }

  function place(container, blocks) {
    destroyCharts();
    clear(container);
    blocks.forEach(function (b) { container.appendChild(b.figure || b); });
    blocks.forEach(function (b) { if (b.draw) b.draw(); });
  }

  function number(v) {
    return typeof v === 'number' ? v : 0;
  }

  // ---- insights ----

  function loadInsights() {
    var params = { playbook: $('i-playbook').value, from: dayBound($('i-from').value, false), to: dayBound($('i-to').value, true) };
    $('insights-message').textContent = t('insights.loading');
    return api('GET', '/api/insights' + query(params)).then(function (answer) {
      $('insights-message').textContent = '';
      renderInsights(answer.data || {});
    }, function (err) {
      $('insights-message').textContent = t('insights.failed', { error: err.message });
    });
  }

  /** Counts summed over playbooks by a name: the items of each playbook's list, largest first. */
  function merged(reports, listOf, nameOf, countOf) {
    var totals = {};
    var order = [];
    reports.forEach(function (report) {
      (listOf(report) || []).forEach(function (item) {
        var name = nameOf(item);
        if (!name) return;
        if (!(name in totals)) {
          totals[name] = 0;
          order.push(name);
        }
        totals[name] += number(countOf(item));
      });
    });
    return order.map(function (name) { return [name, totals[name]]; }).sort(function (x, y) { return y[1] - x[1]; });
  }

  function sum(reports, valueOf) {
    return reports.reduce(function (total, report) { return total + number(valueOf(report)); }, 0);
  }

  function stepName(step) {
    var key = 'insights.steps.' + step;
    var named = t(key);
    return named === key ? areaName(step) : named;
  }

  function renderInsights(data) {
    var reports = (Array.isArray(data.playbooks) ? data.playbooks : []).filter(function (p) { return p && p.conversations; });
    var started = sum(reports, function (p) { return p.conversations.started; });
    if (!reports.length || !started) {
      place($('insights-body'), [el('p', { className: 'none', text: t('insights.empty') })]);
      return;
    }
    var blocks = [];
    var names = reports.map(function (p) { return playbookName(p.playbook); });
    blocks.push(chartFigure('chart-funnel', t('insights.funnel'), 'bar', names, [
      { label: t('insights.started'), data: reports.map(function (p) { return number(p.conversations.started); }) },
      { label: t('insights.handedOff'), data: reports.map(function (p) { return number(p.conversations.handedOff); }) },
      { label: t('insights.abandoned'), data: reports.map(function (p) { return number(p.conversations.abandoned); }) },
      { label: t('insights.ongoing'), data: reports.map(function (p) { return number(p.conversations.ongoing); }) },
    ], { plugins: { legend: { display: true, position: 'bottom' } } }));
    if (typeof data.abandonedAfterMinutes === 'number') blocks.push(el('p', { className: 'count', text: t('insights.abandonedNote', { minutes: data.abandonedAfterMinutes }) }));
    var triggers = TRIGGERS.map(function (trigger) { return [label('handoff', 'trigger', trigger), sum(reports, function (p) { return p.handedOffBy && p.handedOffBy[trigger]; })]; });
    if (triggers.some(second)) {
      blocks.push(chartFigure('chart-triggers', t('insights.handedOffBy'), 'doughnut', triggers.map(first), [{ label: t('insights.count'), data: triggers.map(second), colors: [COLORS[2], COLORS[0], COLORS[1]] }], { plugins: { legend: { display: true, position: 'bottom' } } }));
    }
    var steps = merged(reports, function (p) { return p.abandonedAt; }, function (i) { return i.step && stepName(i.step); }, function (i) { return i.count; });
    if (steps.length) blocks.push(chartFigure('chart-abandoned', t('insights.abandonedAt'), 'bar', steps.map(first), [{ label: t('insights.count'), data: steps.map(second), colors: COLORS[1] }], { indexAxis: 'y' }));
    var needs = merged(reports, function (p) { return p.needs; }, function (i) { return i.text; }, function (i) { return i.count; }).slice(0, 10);
    if (needs.length) blocks.push(chartFigure('chart-needs', t('insights.needs'), 'bar', needs.map(first), [{ label: t('insights.count'), data: needs.map(second), colors: COLORS[3] }], { indexAxis: 'y' }));
    var found = sum(reports, function (p) { return p.latentNeeds && p.latentNeeds.found; });
    var accepted = sum(reports, function (p) { return p.latentNeeds && p.latentNeeds.accepted; });
    blocks.push(chartFigure('chart-latent', t('insights.latent'), 'bar', [t('insights.latentFound'), t('insights.latentAccepted')], [{ label: t('insights.count'), data: [found, accepted], colors: [COLORS[5], COLORS[2]] }]));
    var objections = [
      [t('insights.objectionReal'), sum(reports, function (p) { return p.objections && p.objections.real; })],
      [t('insights.objectionNotReal'), sum(reports, function (p) { return p.objections && p.objections.notReal; })],
      [t('insights.objectionUntested'), sum(reports, function (p) { return p.objections && p.objections.untested; })],
    ];
    if (objections.some(second)) {
      blocks.push(chartFigure('chart-objections', t('insights.objections'), 'doughnut', objections.map(first), [{ label: t('insights.count'), data: objections.map(second), colors: [COLORS[4], COLORS[2], '#6b7280'] }], { plugins: { legend: { display: true, position: 'bottom' } } }));
    }
    var confirmations = [
      [t('insights.confirmationsSent'), sum(reports, function (p) { return p.confirmations && p.confirmations.sent; })],
      [t('insights.confirmationsConfirmed'), sum(reports, function (p) { return p.confirmations && p.confirmations.confirmed; })],
      [t('insights.confirmationsChange'), sum(reports, function (p) { return p.confirmations && p.confirmations.changeRequested; })],
    ];
    if (confirmations.some(second)) blocks.push(chartFigure('chart-confirmations', t('insights.confirmations'), 'bar', confirmations.map(first), [{ label: t('insights.count'), data: confirmations.map(second), colors: [COLORS[0], COLORS[2], COLORS[1]] }]));
    var open = merged(reports, function (p) { return p.openAreas; }, function (i) { return i.area && areaName(i.area); }, function (i) { return i.count; }).slice(0, 10);
    if (open.length) blocks.push(chartFigure('chart-open', t('insights.openAreas'), 'bar', open.map(first), [{ label: t('insights.count'), data: open.map(second), colors: COLORS[6] }], { indexAxis: 'y' }));
    var latentTop = merged(reports, function (p) { return p.latentNeeds && p.latentNeeds.top; }, function (i) { return i.text; }, function (i) { return i.found; }).slice(0, 10);
    blocks.push(textList(t('insights.latentTop'), latentTop, t('insights.none')));
    var objectionTop = merged(reports, function (p) { return p.objections && p.objections.top; }, function (i) { return i.text; }, function (i) { return i.count; }).slice(0, 10);
    blocks.push(textList(t('insights.objectionTop'), objectionTop, t('insights.none')));
    var questions = merged(reports, function (p) { return p.customerQuestions; }, function (i) { return i.text; }, function (i) { return i.count; }).slice(0, 15);
    blocks.push(textList(t('insights.questions'), questions, t('insights.none')));
    place($('insights-body'), blocks);
  }

  function first(p) {
    return p[0];
  }

  function second(p) {
    return p[1];
  }

  // ---- practice ----

  function loadPractice() {
    var params = { from: dayBound($('p-from').value, false), to: dayBound($('p-to').value, true) };
    $('practice-message').textContent = t('insights.loading');
    return api('GET', '/api/practice/overview' + query(params)).then(function (answer) {
      $('practice-message').textContent = '';
      renderPractice(answer.data || {});
    }, function (err) {
      $('practice-message').textContent = t('practice.failed', { error: err.message });
    });
  }

  function renderPractice(data) {
    var personas = Array.isArray(data.personas) ? data.personas : [];
    var reps = Array.isArray(data.reps) ? data.reps : [];
    var sessions = number(data.sessions);
    if (!sessions) {
      place($('practice-body'), [el('p', { className: 'none', text: t('practice.noSessions') })]);
      return;
    }
    var blocks = [el('p', { className: 'count', text: t('practice.sessions', { count: sessions }) })];
    blocks.push(chartFigure('chart-personas', t('practice.scores'), 'bar', personas.map(function (p) { return personaName(p.persona); }), [
      { label: t('practice.average'), data: personas.map(function (p) { return number(p.average); }) },
      { label: t('practice.best'), data: personas.map(function (p) { return number(p.best); }) },
    ], { plugins: { legend: { display: true, position: 'bottom' } }, scales: { x: {}, y: { beginAtZero: true, max: 100 } } }));
    // The trend: every session's score in the order it ended, one line per rep.
    var points = [];
    reps.forEach(function (r) { (r.trend || []).forEach(function (p) { points.push(p.at); }); });
    points = points.filter(function (at, i) { return points.indexOf(at) === i; }).sort();
    if (points.length) {
      blocks.push(chartFigure('chart-trend', t('practice.trend'), 'line', points.map(when), reps.map(function (r) {
        var byTime = {};
        (r.trend || []).forEach(function (p) { byTime[p.at] = number(p.score); });
        return { label: r.rep, data: points.map(function (at) { return at in byTime ? byTime[at] : null; }), spanGaps: true, fill: false, tension: 0.2, pointRadius: 4 };
      }), { plugins: { legend: { display: true, position: 'bottom' } }, scales: { x: {}, y: { beginAtZero: true, max: 100 } } }));
    }
    var tips = (Array.isArray(data.tips) ? data.tips : []).map(function (tip) { return [tip.text || tip.tip || tip.part, number(tip.sessions)]; }).filter(first);
    blocks.push(textList(t('practice.tips'), tips.slice(0, 10), t('insights.none')));
    if (reps.length) {
      blocks.push(el('section', { className: 'chart list-card' }, [el('h3', { text: t('practice.reps') }), el('table', { className: 'grid' }, [
        el('thead', {}, [el('tr', {}, [el('th', { scope: 'col', text: t('practice.rep') }), el('th', { scope: 'col', text: t('practice.sessionsColumn') }), el('th', { scope: 'col', text: t('practice.average') })])]),
        el('tbody', {}, reps.map(function (r) {
          return el('tr', {}, [el('th', { scope: 'row', text: r.rep }), el('td', { text: String(number(r.sessions)) }), el('td', { text: String(number(r.average)) })]);
        })),
      ])]));
    }
    place($('practice-body'), blocks);
  }

  // ---- start ----

  function initialLocale() {
    var saved;
    try {
      saved = sessionStorage.getItem(LOCALE_KEY);
    } catch (e) {
      saved = null;
    }
    if (LOCALES.indexOf(saved) >= 0) return saved;
    var languages = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || ''];
    for (var i = 0; i < languages.length; i++) {
      if (/^zh\b/i.test(languages[i])) return 'zh-CN';
      if (/^en\b/i.test(languages[i])) return 'en';
    }
    return 'en';
  }

  function switchLocale(next) {
    if (next === locale) return;
    loadStrings(next).then(function () {
      if (!session) return;
      renderInbox();
      if (current && !$('view-inbox').hidden) renderHandoff();
      if (!$('view-insights').hidden) loadInsights();
      if (!$('view-practice').hidden) loadPractice();
    });
  }

  document.querySelectorAll('.lang button').forEach(function (button) {
    button.addEventListener('click', function () { switchLocale(button.getAttribute('data-locale')); });
  });
  $('signin-form').addEventListener('submit', signIn);
  $('signout').addEventListener('click', function () { signOut(); });
  $('filters').addEventListener('submit', function (e) {
    e.preventDefault();
    loadInbox();
  });
  $('filters').addEventListener('reset', function () {
    setTimeout(loadInbox, 0);
  });
  $('inbox-more').addEventListener('click', function () { loadInbox(true); });
  $('insights-filters').addEventListener('submit', function (e) {
    e.preventDefault();
    loadInsights();
  });
  $('practice-filters').addEventListener('submit', function (e) {
    e.preventDefault();
    loadPractice();
  });
  window.addEventListener('hashchange', route);

  loadStrings(initialLocale()).then(function () {
    session = readSession();
    if (session) enter();
    else showSignIn();
  }, function () {
    showSignIn('The page could not load its text. / 页面文字加载失败。');
  });
})();
