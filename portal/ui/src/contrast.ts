/** WCAG 2.2 contrast ratio between two sRGB colours written as #rrggbb. */
export function contrastRatio(foreground: string, background: string): number {
  const luminance = (hex: string): number => {
    const match = /^#([0-9a-f]{6})$/i.exec(hex);
    if (!match?.[1]) throw new Error(`not a #rrggbb colour: ${hex}`);
    const channels = [0, 2, 4].map((i) => parseInt(match[1]!.slice(i, i + 2), 16) / 255);
    const [r, g, b] = channels.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [
      number,
      number,
      number,
    ];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [light, dark] = [luminance(foreground), luminance(background)].sort((a, b) => b - a) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}
