// The ranking chart's scale: the consortium-wide line drawn to scale, or named at the edge when it dwarfs the bars.
import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import RankChart from './RankChart.svelte';

const bars = [{ label: 'FI-TAU', title: 'FI-TAU', value: '42.9028' }, { label: 'FI-HY', title: 'FI-HY', value: '26.6656' }];
const draw = (reference: string) => {
  render(RankChart, { bars, reference, referenceLabel: 'consortium-wide', currency: 'EUR', label: 'Ranked' });
  const chart = screen.getByRole('img', { name: 'Ranked' });
  return { chart, widths: [...chart.querySelectorAll('rect.bar')].map((b) => Number(b.getAttribute('width'))) };
};

describe('RankChart', () => {
  it('draws a reference within twice the highest bar as a line on the same scale', () => {
    const { chart, widths } = draw('50.0000');
    expect(chart.querySelector('line.reference')).not.toBeNull();
    expect(widths[0] / widths[1]).toBeCloseTo(42.9028 / 26.6656, 3);
    expect(widths[0]).toBeLessThan(560 - 80 - 84); // the scale reaches 50, beyond the top bar
  });

  it('names a reference beyond twice the highest bar at the edge, and scales the bars to the highest', () => {
    const { chart, widths } = draw('242.1839');
    expect(chart.querySelector('line.reference')).toBeNull();
    expect(chart.querySelector('text.reference')?.textContent).toBe('consortium-wide €242.1839 →');
    expect(widths[0]).toBe(560 - 80 - 84);
  });
});
