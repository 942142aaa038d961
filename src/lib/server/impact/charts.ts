/**
 * The dashboard's charts, drawn by Apache ECharts on the server as SVG: the page stays readable without
 * JavaScript and no chart code reaches the browser. Each chart is drawn twice, wide for a desktop card
 * and narrow for a phone, because an SVG scaled down to a phone would shrink its text with it.
 */
import * as echarts from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { GridComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, GridComponent, SVGRenderer]);

export interface ChartRow {
	label: string;
	value: number;
}

/** Bars across for categories with long names; columns for a sequence such as years. */
export type ChartShape = 'bars' | 'columns';

export interface ChartSvgs {
	wide: string;
	narrow: string;
}

const WIDE = 500;
const NARROW = 320;
const BAR_ROW = 30;
// The house colours (app.css): ember bars, ink text, hairline axis.
const INK = '#2b1f1a';
const INK_SOFT = '#4a3c34';
const PRIMARY = '#b4451f';
const LINE = '#e6dacb';
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif";

function option(rows: ChartRow[], shape: ChartShape, width: number) {
	const labels = rows.map((r) => r.label);
	// Bars: the names take a fixed share of the width on the left, cut with an ellipsis beyond it
	// (the table below the chart has them whole).
	const labelWidth = Math.round(width * 0.38);
	const values = rows.map((r) => r.value);
	const text = { color: INK, fontFamily: FONT, fontSize: 13 };
	const category = {
		type: 'category' as const,
		data: labels,
		inverse: shape === 'bars',
		axisTick: { show: false },
		axisLine: { lineStyle: { color: LINE } },
		axisLabel: { ...text, // Without a canvas ECharts measures text by estimate; the margin absorbs its error.
		width: shape === 'bars' ? labelWidth - 20 : undefined, overflow: 'truncate' as const, hideOverlap: true }
	};
	const value = { type: 'value' as const, show: false, max: Math.max(1, ...values) };
	return {
		animation: false,
		textStyle: text,
		grid: { left: shape === 'bars' ? labelWidth + 10 : 4, right: shape === 'bars' ? 44 : 4, top: shape === 'bars' ? 4 : 24, bottom: 4 },
		xAxis: shape === 'bars' ? value : category,
		yAxis: shape === 'bars' ? category : value,
		series: [
			{
				type: 'bar' as const,
				data: values,
				// Static picture: no hover styles or event metadata in the markup.
				silent: true,
				barMaxWidth: 28,
				itemStyle: { color: PRIMARY, borderRadius: shape === 'bars' ? [0, 3, 3, 0] : [3, 3, 0, 0] },
				label: { show: true, position: shape === 'bars' ? ('right' as const) : ('top' as const), ...text, color: INK_SOFT }
			}
		]
	};
}

function draw(rows: ChartRow[], shape: ChartShape, width: number): string {
	const height = shape === 'bars' ? Math.max(60, rows.length * BAR_ROW + 8) : 240;
	const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
	try {
		chart.setOption(option(rows, shape, width));
		return chart.renderToSVGString();
	} finally {
		chart.dispose();
	}
}

// Drawing takes a few milliseconds a chart; the numbers change rarely, so the last drawings are kept.
const drawn = new Map<string, ChartSvgs>();
const KEEP = 64;

/** The chart as wide and narrow SVG markup. Labels are escaped by ECharts (tested). */
export function chartSvgs(rows: ChartRow[], shape: ChartShape): ChartSvgs {
	const key = JSON.stringify([shape, rows]);
	const known = drawn.get(key);
	if (known) return known;
	const svgs = { wide: draw(rows, shape, WIDE), narrow: draw(rows, shape, NARROW) };
	if (drawn.size >= KEEP) drawn.delete(drawn.keys().next().value as string);
	drawn.set(key, svgs);
	return svgs;
}
