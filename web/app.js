/* Tanxun's site widget: Web Chat over the embedded Direct Line, or over Azure's with a token from the server. */
(function () {
  'use strict';

  var TEXT = {
    'zh-CN': { failed: '连接不上聊天服务。', ended: '这次对话已经结束。', restart: '重新开始' },
    en: { failed: 'The chat service could not be reached.', ended: 'This conversation has ended.', restart: 'Start again' }
  };
  // Latin fonts first: CJK fonts draw Latin quotes and apostrophes full width.
  var FONT = '"Segoe UI", system-ui, -apple-system, Roboto, "Helvetica Neue", Arial, "Noto Sans", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Noto Sans SC", sans-serif';
  var STYLE = {
    accent: '#0f6cbd',
    primaryFont: FONT,
    backgroundColor: '#ffffff',
    bubbleBorderRadius: 14,
    bubbleBorderColor: '#e3e8ef',
    bubbleBackground: '#f4f6f9',
    bubbleFromUserBackground: '#0f6cbd',
    bubbleFromUserBorderColor: '#0f6cbd',
    bubbleFromUserTextColor: '#ffffff',
    bubbleFromUserBorderRadius: 14,
    bubbleMaxWidth: 520,
    botAvatarInitials: '探',
    botAvatarBackgroundColor: '#0f6cbd',
    avatarSize: 36,
    suggestedActionLayout: 'flow',
    suggestedActionBorderRadius: 999,
    suggestedActionBorderColor: '#0f6cbd',
    suggestedActionTextColor: '#0f6cbd',
    sendBoxButtonColor: '#0f6cbd',
    timestampColor: '#6b7280',
    hideUploadButton: true
  };
  // botframework-directlinejs ConnectionStatus values that need the visitor to start again.
  var FAILED_TO_CONNECT = 4;
  var ENDED = 5;
  var SAVED = 'tanxun.directline';

  var locale;
  var config;
  var store;
  var directLine;
  var userId;

  function $(id) {
    return document.getElementById(id);
  }

  function pickLocale(languages, fallback) {
    for (var i = 0; i < languages.length; i++) {
      if (/^zh\b/i.test(languages[i])) return 'zh-CN';
      if (/^en\b/i.test(languages[i])) return 'en';
    }
    return fallback;
  }

  function randomId() {
    var bytes = new Uint8Array(9);
    crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) { return ('0' + b.toString(16)).slice(-2); }).join('');
  }

  // sessionStorage: a reload continues the conversation, a new tab starts another, closing the tab forgets it.
  function readSaved() {
    try {
      return JSON.parse(sessionStorage.getItem(SAVED) || 'null');
    } catch (e) {
      return null;
    }
  }

  function save(value) {
    try {
      if (value) sessionStorage.setItem(SAVED, JSON.stringify(value));
      else sessionStorage.removeItem(SAVED);
    } catch (e) {
      // Storage is off (private mode): conversations then last as long as the page.
    }
  }

  function json(response) {
    if (!response.ok) throw new Error(response.url + ' answered ' + response.status);
    return response.json();
  }

  function applyPageLanguage() {
    document.documentElement.lang = locale;
    document.querySelectorAll('[data-zh]').forEach(function (el) {
      el.textContent = el.getAttribute(locale === 'en' ? 'data-en' : 'data-zh');
    });
    document.querySelectorAll('[data-zh-label]').forEach(function (el) {
      el.setAttribute('aria-label', el.getAttribute(locale === 'en' ? 'data-en-label' : 'data-zh-label'));
    });
    document.querySelectorAll('.lang button').forEach(function (b) {
      b.setAttribute('aria-pressed', String(b.getAttribute('data-locale') === locale));
    });
    var restart = $('restart');
    restart.textContent = TEXT[locale].restart;
    var problem = $('status').getAttribute('data-problem');
    if (problem) $('status-text').textContent = TEXT[locale][problem];
  }

  function showProblem(problem) {
    $('status').setAttribute('data-problem', problem);
    $('status-text').textContent = TEXT[locale][problem];
    $('restart').hidden = false;
    $('status').hidden = false;
  }

  function embeddedConnection() {
    var domain = location.origin + '/v3/directline';
    var saved = readSaved();
    var resumed = !saved ? Promise.resolve(null) : fetch(domain + '/conversations/' + encodeURIComponent(saved.conversationId), {
      headers: { Authorization: 'Bearer ' + saved.token }
    }).then(function (r) { return r.ok ? saved : null; }, function () { return null; });
    return resumed.then(function (found) {
      return found || fetch(domain + '/tokens/generate', { method: 'POST' }).then(json).then(function (t) {
        var fresh = { conversationId: t.conversationId, token: t.token, userId: 'web_' + randomId(), locale: locale };
        save(fresh);
        return fresh;
      });
    }).then(function (c) {
      userId = c.userId;
      return window.WebChat.createDirectLine({ domain: domain, token: c.token, conversationId: c.conversationId, webSocket: false, pollingInterval: 200 });
    });
  }

  function azureConnection() {
    return fetch('/api/directline/token', { method: 'POST' }).then(json).then(function (t) {
      userId = t.userId;
      return window.WebChat.createDirectLine({ token: t.token });
    });
  }

  function joinValue() {
    var playbook = new URLSearchParams(location.search).get('playbook') || config.playbook;
    return playbook ? { locale: locale, playbook: playbook } : { locale: locale };
  }

  function createStore() {
    return window.WebChat.createStore({}, function (api) {
      return function (next) {
        return function (action) {
          if (action.type === 'DIRECT_LINE/CONNECT_FULFILLED') {
            // The bot greets on this, in the page's language, before the visitor types anything.
            setTimeout(function () {
              api.dispatch({ type: 'WEB_CHAT/SEND_EVENT', payload: { name: 'webchat/join', value: joinValue() } });
            }, 0);
          }
          return next(action);
        };
      };
    });
  }

  function render() {
    window.WebChat.renderWebChat({ directLine: directLine, store: store, userID: userId, locale: locale, styleOptions: STYLE }, $('webchat'));
  }

  function switchLocale(next) {
    if (next === locale) return;
    locale = next;
    var saved = readSaved();
    if (saved) {
      saved.locale = locale;
      save(saved);
    }
    applyPageLanguage();
    if (!store) return;
    store.dispatch({ type: 'WEB_CHAT/SEND_EVENT', payload: { name: 'setLocale', value: locale } });
    render();
  }

  function setOpen(open) {
    $('widget').hidden = !open;
    $('launcher').hidden = open;
    $('minimize').setAttribute('aria-expanded', String(open));
    if (open) {
      var input = document.querySelector('[data-id="webchat-sendbox-input"]');
      if (input) input.focus();
    } else {
      $('launcher').focus();
    }
  }

  function start() {
    if (!window.WebChat) return Promise.reject(new Error('Web Chat did not load'));
    return fetch('/api/webchat/config').then(json).then(function (c) {
      config = c;
      var chosen = (readSaved() || {}).locale;
      locale = chosen === 'en' || chosen === 'zh-CN' ? chosen : pickLocale(navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || ''], config.defaultLocale);
      applyPageLanguage();
      // With Bot Framework credentials and no DIRECT_LINE_SECRET the server offers no channel to the page.
      if (config.mode === 'unavailable') throw new Error('no Direct Line for this page');
      return config.mode === 'azure' ? azureConnection() : embeddedConnection();
    }).then(function (dl) {
      directLine = dl;
      directLine.connectionStatus$.subscribe(function (status) {
        if (status === ENDED) showProblem('ended');
        else if (status === FAILED_TO_CONNECT) showProblem('failed');
      });
      store = createStore();
      // Read by the browser tests, which follow the conversation through Web Chat's own state.
      window.tanxunStore = store;
      render();
    });
  }

  locale = pickLocale([navigator.language || ''], 'zh-CN');
  applyPageLanguage();
  document.querySelectorAll('.lang button').forEach(function (button) {
    button.addEventListener('click', function () { switchLocale(button.getAttribute('data-locale')); });
  });
  $('minimize').addEventListener('click', function () { setOpen(false); });
  $('launcher').addEventListener('click', function () { setOpen(true); });
  $('restart').addEventListener('click', function () {
    save(null);
    location.reload();
  });
  start().catch(function () { showProblem('failed'); });
})();
