/**
 * The geometry of an indicator's bar chart over quarters, computed on the server and drawn as plain SVG (no chart
 * library and no JavaScript in the browser: the charts are simple bars, and the same figures sit in a table beside).
 * A suppressed quarter ("fewer than 5") has no bar, only its label.
 */
export interface ChartPoint {
  label: string;
  /** null when the count is suppressed. */
  value: number | null;
}

export interface ChartBar {
  label: string;
  value: number | null;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Where the value's text sits (above the bar). */
  textY: number;
}

export interface BarChart {
  width: number;
  height: number;
  /** The baseline's y. */
  axisY: number;
  max: number;
  bars: ChartBar[];
}

export const CHART = { width: 480, height: 200, top: 20, bottom: 36, side: 8 } as const;

/** Bars left to right in time order (an RTL page mirrors the SVG with CSS, not the data). */
export function barChart(points: readonly ChartPoint[]): BarChart {
  const { width, height, top, bottom, side } = CHART;
  const axisY = height - bottom;
  const max = Math.max(1, ...points.map((p) => p.value ?? 0));
  const slot = points.length ? (width - 2 * side) / points.length : 0;
  const barWidth = Math.max(2, Math.round(slot * 0.6));
  const bars = points.map((point, i) => {
    const h = point.value === null ? 0 : Math.round(((axisY - top) * point.value) / max);
    const x = Math.round(side + i * slot + (slot - barWidth) / 2);
    return {
      label: point.label,
      value: point.value,
      x,
      y: axisY - h,
      width: barWidth,
      height: h,
      textY: axisY - h - 4,
    };
  });
  return { width, height, axisY, max, bars };
}

/** The share of the target reached, 0 to 100 (null without a target or an actual). */
export function progressPercent(actual: number | null, target: number | null): number | null {
  if (actual === null || target === null || target <= 0) return null;
  return Math.min(100, Math.round((actual * 100) / target));
}
