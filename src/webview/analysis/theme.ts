// The workbench's colours, read from the CSS variables VS Code sets on the webview's body, so the
// charts follow light, dark and high-contrast themes.

export interface Theme {
  foreground: string;
  muted: string;
  border: string;
  accent: string;
  background: string;
  highContrast: boolean;
  dark: boolean;
}

export function currentTheme(): Theme {
  const style = getComputedStyle(document.body);
  const v = (name: string, fallback: string): string => style.getPropertyValue(name).trim() || fallback;
  const classes = document.body.classList;
  return {
    foreground: v('--vscode-foreground', '#333333'),
    muted: v('--vscode-descriptionForeground', '#717171'),
    border: v('--vscode-panel-border', '#80808059'),
    accent: v('--vscode-focusBorder', '#0090f1'),
    background: v('--vscode-editor-background', '#ffffff'),
    highContrast: classes.contains('vscode-high-contrast') || classes.contains('vscode-high-contrast-light'),
    dark: classes.contains('vscode-dark') || classes.contains('vscode-high-contrast'),
  };
}

/** Vega config for a theme: transparent background, the workbench's text colours. */
export function vegaConfig(theme: Theme): Record<string, unknown> {
  const axis = {
    labelColor: theme.foreground,
    titleColor: theme.foreground,
    domainColor: theme.border,
    tickColor: theme.border,
    gridColor: theme.border,
  };
  return {
    background: null,
    font: 'var(--vscode-font-family)',
    axis,
    legend: { labelColor: theme.foreground, titleColor: theme.foreground },
    title: { color: theme.foreground },
    view: { stroke: null },
  };
}
