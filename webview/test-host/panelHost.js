// The Resources and Portfolio views' stand-in host: a theme's CSS variables, and a stub
// acquireVsCodeApi that keeps what the page posts in window.__posted and its saved state in window.__state.
/* global window, document */
(function () {
  const THEMES = {
    light: {
      foreground: '#3b3b3b',
      'editor-background': '#ffffff',
      'editor-foreground': '#3b3b3b',
      descriptionForeground: '#717171',
      'panel-border': '#e5e5e5',
      'editorGroupHeader-tabsBackground': '#f8f8f8',
      'charts-blue': '#1a85ff',
      'charts-red': '#e51400',
      'charts-orange': '#d18616',
      'charts-purple': '#652d90',
      'charts-green': '#388a34',
      'charts-yellow': '#bf8803',
      'badge-background': '#616161',
      'badge-foreground': '#ffffff',
      'button-background': '#005fb8',
      'button-foreground': '#ffffff',
      'button-secondaryBackground': '#e5e5e5',
      'button-secondaryForeground': '#3b3b3b',
      'button-secondaryHoverBackground': '#cccccc',
      'dropdown-background': '#ffffff',
      'dropdown-foreground': '#3b3b3b',
      'dropdown-border': '#cecece',
      focusBorder: '#005fb8',
      'editorHoverWidget-background': '#f8f8f8',
      'editorHoverWidget-border': '#c8c8c8',
    },
    dark: {
      foreground: '#cccccc',
      'editor-background': '#1f1f1f',
      'editor-foreground': '#cccccc',
      descriptionForeground: '#9d9d9d',
      'panel-border': '#2b2b2b',
      'editorGroupHeader-tabsBackground': '#181818',
      'charts-blue': '#3794ff',
      'charts-red': '#f14c4c',
      'charts-orange': '#d18616',
      'charts-purple': '#b180d7',
      'charts-green': '#89d185',
      'charts-yellow': '#cca700',
      'badge-background': '#616161',
      'badge-foreground': '#f8f8f8',
      'button-background': '#0078d4',
      'button-foreground': '#ffffff',
      'button-secondaryBackground': '#313131',
      'button-secondaryForeground': '#cccccc',
      'button-secondaryHoverBackground': '#3c3c3c',
      'dropdown-background': '#313131',
      'dropdown-foreground': '#cccccc',
      'dropdown-border': '#3c3c3c',
      focusBorder: '#0078d4',
      'editorHoverWidget-background': '#202020',
      'editorHoverWidget-border': '#454545',
    },
  };
  const params = new URLSearchParams(window.location.search);
  const vars = THEMES[params.get('theme') ?? 'light'] ?? THEMES.light;
  for (const [name, value] of Object.entries(vars)) {
    document.documentElement.style.setProperty(`--vscode-${name}`, value);
  }
  document.documentElement.style.setProperty('--vscode-font-family', "system-ui, 'Noto Sans CJK SC', sans-serif");
  document.documentElement.style.setProperty('--vscode-font-size', '13px');
  window.__posted = [];
  window.__state = undefined;
  let acquired = false;
  window.acquireVsCodeApi = function () {
    if (acquired) {
      throw new Error('acquireVsCodeApi called twice');
    }
    acquired = true;
    return { postMessage: (m) => window.__posted.push(m), getState: () => window.__state, setState: (s) => (window.__state = s) };
  };
})();
