/* Tanxun's site widget: Web Chat over the embedded Direct Line (or Azure's, with a server-issued token). */
(function () {
  'use strict';
  var LABELS = {
    'zh-CN': { failed: '连接不上聊天服务,请稍后刷新页面。' },
    en: { failed: 'The chat service could not be reached. Please refresh the page in a moment.' }
  };
  var browserLocale = /^zh/i.test(navigator.language || '') ? 'zh-CN' : 'en';
  var locale = browserLocale;
  var store;
  var directLine;
  var userId = 'web_' + Math.random().toString(36).slice(2, 12);

  function setPageLanguage(next) {
    document.documentElement.lang = next;
    document.querySelectorAll('[data-zh]').forEach(function (el) {
      el.textContent = next === 'en' ? el.getAttribute('data-en') : el.getAttribute('data-zh');
    });
    document.querySelectorAll('.lang button').forEach(function (b) {
      b.setAttribute('aria-pressed', String(b.getAttribute('data-locale') === next));
    });
  }

  function render() {
    window.WebChat.renderWebChat({
      directLine: directLine,
      store: store,
      userID: userId,
      locale: locale,
      styleOptions: {
        accent: '#0f6cbd',
        bubbleBorderRadius: 12,
        bubbleFromUserBackground: '#0f6cbd',
        bubbleFromUserTextColor: '#ffffff',
        bubbleFromUserBorderRadius: 12,
        suggestedActionLayout: 'flow',
        hideUploadButton: true,
        botAvatarInitials: '探',
        sendTypingIndicator: true
      }
    }, document.getElementById('webchat'));
  }

  function showError() {
    var status = document.getElementById('status');
    status.textContent = LABELS[locale].failed;
    status.hidden = false;
  }

  function connect(config) {
    if (config.mode === 'azure') {
      return fetch('/api/directline/token', { method: 'POST' }).then(function (r) {
        if (!r.ok) throw new Error('token ' + r.status);
        return r.json();
      }).then(function (t) {
        userId = t.userId;
        return window.WebChat.createDirectLine({ token: t.token });
      });
    }
    return fetch('/v3/directline/tokens/generate', { method: 'POST' }).then(function (r) {
      if (!r.ok) throw new Error('token ' + r.status);
      return r.json();
    }).then(function (t) {
      return window.WebChat.createDirectLine({
        token: t.token,
        domain: location.origin + '/v3/directline',
        webSocket: false,
        pollingInterval: 250
      });
    });
  }

  fetch('/api/webchat/config').then(function (r) { return r.json(); }).then(function (config) {
    store = window.WebChat.createStore({}, function () {
      return function (next) {
        return function (action) {
          if (action.type === 'DIRECT_LINE/CONNECT_FULFILLED') {
            // Greet right away, in the visitor's browser language.
            setTimeout(function () {
              store.dispatch({ type: 'WEB_CHAT/SEND_EVENT', payload: { name: 'webchat/join', value: { locale: locale, playbook: config.playbook || undefined } } });
            }, 0);
          }
          return next(action);
        };
      };
    });
    // Exposed for the browser tests and for support staff reading a visitor's screen.
    window.tanxunStore = store;
    return connect(config).then(function (dl) {
      directLine = dl;
      setPageLanguage(locale);
      render();
    });
  }).catch(showError);

  document.querySelectorAll('.lang button').forEach(function (button) {
    button.addEventListener('click', function () {
      var next = button.getAttribute('data-locale');
      if (next === locale || !store) return;
      locale = next;
      setPageLanguage(locale);
      store.dispatch({ type: 'WEB_CHAT/SEND_EVENT', payload: { name: 'setLocale', value: locale } });
      render();
    });
  });
})();
