// The stand-in host: stubs acquireVsCodeApi (once only, as in VS Code), records what the webview
// posts, applies a theme's CSS variables and body class, and answers `ready` with a schedule.
// Query: ?sample=1 | ?tasks=N, &theme=light|dark|hc, &locale=en|zh-cn, &manual=1 (send nothing),
// &tracking=1 (forecasts and a baseline; &unreliable=1 adds the notice), &today=YYYY-MM-DD,
// &defaultZoom=day|week|month|quarter and &critical=false (the settings the real panel puts on <body>).
/* global window, document */
(function () {
  const THEMES = {
    light: {
      cls: 'vscode-light',
      vars: {
        'editor-background': '#ffffff', 'editor-foreground': '#3b3b3b', foreground: '#3b3b3b', descriptionForeground: '#717171',
        'charts-blue': '#1a85ff', 'charts-red': '#e51400', 'charts-purple': '#652d90', 'charts-orange': '#d18616', 'charts-yellow': '#bf8803',
        'editorLineNumber-foreground': '#6e7681', 'editorGroupHeader-tabsBackground': '#f8f8f8', 'panel-border': '#e5e5e5', 'editorGroup-border': '#e5e5e5',
        'list-hoverBackground': '#f2f2f2', 'list-inactiveSelectionBackground': '#e4e6f1', 'list-activeSelectionBackground': '#e8e8e8', 'list-activeSelectionForeground': '#000000',
        focusBorder: '#005fb8', 'button-background': '#005fb8', 'button-foreground': '#ffffff', 'button-secondaryBackground': '#e5e5e5', 'button-secondaryForeground': '#3b3b3b',
        'button-secondaryHoverBackground': '#cccccc', 'dropdown-background': '#ffffff', 'dropdown-border': '#cecece', 'dropdown-foreground': '#3b3b3b',
        'editorHoverWidget-background': '#f8f8f8', 'editorHoverWidget-foreground': '#3b3b3b', 'editorHoverWidget-border': '#c8c8c8', 'badge-background': '#cccccc', 'badge-foreground': '#3b3b3b',
        'widget-shadow': 'rgba(0, 0, 0, 0.16)',
      },
    },
    dark: {
      cls: 'vscode-dark',
      vars: {
        'editor-background': '#1f1f1f', 'editor-foreground': '#cccccc', foreground: '#cccccc', descriptionForeground: '#9d9d9d',
        'charts-blue': '#3794ff', 'charts-red': '#f14c4c', 'charts-purple': '#b180d7', 'charts-orange': '#d18616', 'charts-yellow': '#cca700',
        'editorLineNumber-foreground': '#6e7681', 'editorGroupHeader-tabsBackground': '#181818', 'panel-border': '#2b2b2b', 'editorGroup-border': '#ffffff17',
        'list-hoverBackground': '#2a2d2e', 'list-inactiveSelectionBackground': '#37373d', 'list-activeSelectionBackground': '#04395e', 'list-activeSelectionForeground': '#ffffff',
        focusBorder: '#0078d4', 'button-background': '#0078d4', 'button-foreground': '#ffffff', 'button-secondaryBackground': '#313131', 'button-secondaryForeground': '#cccccc',
        'button-secondaryHoverBackground': '#3c3c3c', 'dropdown-background': '#313131', 'dropdown-border': '#3c3c3c', 'dropdown-foreground': '#cccccc',
        'editorHoverWidget-background': '#202020', 'editorHoverWidget-foreground': '#cccccc', 'editorHoverWidget-border': '#454545', 'badge-background': '#616161', 'badge-foreground': '#f8f8f8',
        'widget-shadow': 'rgba(0, 0, 0, 0.36)',
      },
    },
    hc: {
      cls: 'vscode-high-contrast',
      vars: {
        'editor-background': '#000000', 'editor-foreground': '#ffffff', foreground: '#ffffff', descriptionForeground: '#ffffff',
        'charts-blue': '#3794ff', 'charts-red': '#f14c4c', 'charts-purple': '#b180d7', 'charts-orange': '#f38518', 'charts-yellow': '#ffd700',
        'editorLineNumber-foreground': '#ffffff', 'editorGroupHeader-tabsBackground': '#000000', 'panel-border': '#6fc3df', 'editorGroup-border': '#6fc3df',
        'list-hoverBackground': '#000000', 'list-activeSelectionBackground': '#000000', focusBorder: '#f38518', contrastBorder: '#6fc3df', contrastActiveBorder: '#f38518',
        'button-background': '#000000', 'button-foreground': '#ffffff', 'button-border': '#6fc3df', 'dropdown-background': '#000000', 'dropdown-border': '#6fc3df',
        'editorHoverWidget-background': '#0c141f', 'editorHoverWidget-border': '#6fc3df',
      },
    },
  };

  const params = new URLSearchParams(window.location.search);
  const theme = THEMES[params.get('theme') ?? 'light'] ?? THEMES.light;
  const locale = params.get('locale') ?? 'en';
  const lang = locale.toLowerCase().startsWith('zh') ? 'zh' : 'en';
  // Set through the CSSOM, which the CSP allows, as VS Code sets them on <html>.
  for (const [name, value] of Object.entries(theme.vars)) {
    document.documentElement.style.setProperty(`--vscode-${name}`, value);
  }
  document.documentElement.style.setProperty('--vscode-font-family', "system-ui, 'Noto Sans CJK SC', sans-serif");
  document.documentElement.style.setProperty('--vscode-font-size', '13px');
  document.body.classList.add(theme.cls);
  document.body.dataset.defaultZoom = params.get('defaultZoom') ?? 'day';
  document.body.dataset.showCriticalPath = params.get('critical') ?? 'true';
  if (params.get('today') !== null) {
    document.body.dataset.today = params.get('today');
  }

  const posted = [];
  let acquired = false;
  let state = JSON.parse(sessionStorage.getItem('xproj-gantt-state') ?? 'null');

  function dataFor() {
    const n = Number(params.get('tasks') ?? 0);
    const data = n > 0 ? window.xprojSample.generate(n) : window.xprojSample.sample(lang);
    return params.get('tracking') === '1' ? window.xprojSample.withTracking(data, { unreliable: params.get('unreliable') === '1' }) : data;
  }

  window.acquireVsCodeApi = function () {
    if (acquired) {
      throw new Error('An instance of the VS Code API has already been acquired');
    }
    acquired = true;
    return {
      postMessage(message) {
        posted.push(JSON.parse(JSON.stringify(message)));
        if (message && message.type === 'ready' && params.get('manual') !== '1') {
          window.xprojHost.send({ type: 'update', data: dataFor(), revision: 1, locale });
        }
      },
      getState: () => state,
      setState(s) {
        state = s;
        sessionStorage.setItem('xproj-gantt-state', JSON.stringify(s));
      },
    };
  };

  window.xprojHost = {
    posted,
    send(message) {
      window.postMessage(message, '*');
    },
    data: dataFor,
    getState: () => state,
    log: (...args) => console.log('[host]', ...args),
  };
})();
