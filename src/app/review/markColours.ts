/**
 * Review marks: search in yellow/orange and errors in magenta, hues the confidence scale
 * (red → amber → green) and the selection (blue) do not use, so they read at a glance.
 */
export const MARK_COLOURS = {
  search: '#b45309',
  searchFill: 'rgba(250, 204, 21, 0.45)',
  current: '#ea580c',
  currentFill: 'rgba(249, 115, 22, 0.45)',
  error: '#c026d3',
  errorFill: 'rgba(192, 38, 211, 0.22)',
} as const;
