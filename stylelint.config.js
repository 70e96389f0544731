// Arabic reads right to left: the portal's CSS uses logical properties only (margin-inline-start, not
// margin-left), so one rule serves both directions. Svelte components' <style> blocks are linted too.
export default {
  plugins: ['stylelint-use-logical'],
  overrides: [{ files: ['**/*.svelte'], customSyntax: 'postcss-html' }],
  rules: {
    'csstools/use-logical': ['always', { severity: 'error' }],
    'declaration-property-value-disallowed-list': [
      { 'text-align': ['left', 'right'], float: ['left', 'right'], clear: ['left', 'right'] },
      { message: 'Use start/end (logical values): the same rule must work right to left.' },
    ],
  },
};
