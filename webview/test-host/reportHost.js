// The report view's stand-in host: a theme's CSS variables, and a stub acquireVsCodeApi that keeps
// what the page posts in window.__posted for the test to read.
/* global window, document */
(function () {
  const THEMES = {
    light: {
      foreground: '#3b3b3b', 'editor-background': '#ffffff', descriptionForeground: '#717171', 'textLink-foreground': '#005fb8',
      'textLink-activeForeground': '#005fb8', 'panel-border': '#e5e5e5', 'editorWidget-background': '#f8f8f8', 'editorWidget-border': '#c8c8c8',
      'editorWarning-foreground': '#bf8803', 'inputValidation-warningBackground': '#fff8c5', 'textCodeBlock-background': '#f0f0f0',
      'button-secondaryBackground': '#e5e5e5', 'button-secondaryForeground': '#3b3b3b', 'button-secondaryHoverBackground': '#cccccc',
      'dropdown-background': '#ffffff', 'dropdown-foreground': '#3b3b3b', 'dropdown-border': '#cecece', focusBorder: '#005fb8',
    },
    dark: {
      foreground: '#cccccc', 'editor-background': '#1f1f1f', descriptionForeground: '#9d9d9d', 'textLink-foreground': '#4daafc',
      'textLink-activeForeground': '#4daafc', 'panel-border': '#2b2b2b', 'editorWidget-background': '#202020', 'editorWidget-border': '#454545',
      'editorWarning-foreground': '#cca700', 'inputValidation-warningBackground': '#352a05', 'textCodeBlock-background': '#2b2b2b',
      'button-secondaryBackground': '#313131', 'button-secondaryForeground': '#cccccc', 'button-secondaryHoverBackground': '#3c3c3c',
      'dropdown-background': '#313131', 'dropdown-foreground': '#cccccc', 'dropdown-border': '#3c3c3c', focusBorder: '#0078d4',
    },
  };
  const params = new URLSearchParams(window.location.search);
  const vars = THEMES[params.get('theme') ?? 'light'] ?? THEMES.light;
  for (const [name, value] of Object.entries(vars)) {
    document.documentElement.style.setProperty(`--vscode-${name}`, value);
  }
  document.documentElement.style.setProperty('--vscode-font-family', "system-ui, 'Noto Sans CJK SC', sans-serif");
  document.documentElement.style.setProperty('--vscode-font-size', '13px');
  document.documentElement.style.setProperty('--vscode-editor-font-family', 'monospace');
  window.__posted = [];
  let acquired = false;
  window.acquireVsCodeApi = function () {
    if (acquired) {
      throw new Error('acquireVsCodeApi called twice');
    }
    acquired = true;
    return { postMessage: (m) => window.__posted.push(m), getState: () => undefined, setState: () => undefined };
  };
})();
