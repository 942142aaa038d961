/**
 * The simplified rendering used when zoomed far out: every visible shape painted into one 2D canvas
 * as its silhouette (paper, outline, stroke, line). Text is unreadable at that zoom anyway, and one
 * canvas costs a few milliseconds per frame where hundreds of styled elements and SVGs cost
 * hundreds in software rasterization. Shapes keep their (empty) focusable elements for keyboard
 * and screen-reader use; only the painting moves here.
 */
import { connectorPath, STROKE_WIDTHS, type Camera, type Shape, type ShapeLookup } from '../model';
import { INK, STICKY_PAPER } from './palette';

/**
 * Sets fill and stroke styles only when they change: the context parses a color string on every
 * assignment, and far out a frame paints a thousand shapes in a handful of colors.
 */
class Pen {
	#fill = '';
	#stroke = '';
	#width = -1;
	constructor(readonly ctx: CanvasRenderingContext2D) {}
	fill(color: string): void {
		if (color !== this.#fill) this.ctx.fillStyle = this.#fill = color;
	}
	/** After ctx.restore(), the context's styles are no longer what was last set. */
	forget(): void {
		this.#fill = this.#stroke = '';
		this.#width = -1;
	}
	stroke(color: string, width: number): void {
		if (color !== this.#stroke) this.ctx.strokeStyle = this.#stroke = color;
		if (width !== this.#width) this.ctx.lineWidth = this.#width = width;
	}
}

const STICKY_SHADOW = 'rgb(43 31 26 / 0.12)';
const FRAME_FILL = 'rgb(255 255 255 / 0.55)';
const IMAGE_FILL = '#d9cbbb';

/** Paints `shapes` (bottom to top) as seen through `camera` into a context already scaled for the device. */
export function paintFar(ctx: CanvasRenderingContext2D, shapes: readonly Shape[], camera: Camera, lookup: ShapeLookup, size: { width: number; height: number }): void {
	ctx.clearRect(0, 0, size.width, size.height);
	const z = camera.zoom;
	const sx = (x: number) => (x - camera.x) * z;
	const sy = (y: number) => (y - camera.y) * z;
	const pen = new Pen(ctx);
	ctx.lineCap = 'round';
	ctx.lineJoin = 'round';
	for (const s of shapes) {
		if (s.type === 'connector') {
			const path = connectorPath(s, lookup);
			if (path.length < 2) continue;
			pen.stroke(INK[s.props.color], Math.max(1, STROKE_WIDTHS[s.props.size] * z));
			ctx.beginPath();
			path.forEach((p, i) => (i ? ctx.lineTo(sx(p.x), sy(p.y)) : ctx.moveTo(sx(p.x), sy(p.y))));
			ctx.stroke();
			continue;
		}
		const w = s.w * z;
		const h = s.h * z;
		// Unrotated shapes (nearly all) are drawn in place; rotated ones about their centre.
		let x = sx(s.x);
		let y = sy(s.y);
		if (s.rotation) {
			ctx.save();
			ctx.translate(x + w / 2, y + h / 2);
			ctx.rotate(s.rotation);
			x = -w / 2;
			y = -h / 2;
		}
		switch (s.type) {
			case 'sticky':
				pen.fill(STICKY_SHADOW);
				ctx.fillRect(x, y + Math.max(1, z * 2), w, h);
				pen.fill(STICKY_PAPER[s.props.color]);
				ctx.fillRect(x, y, w, h);
				break;
			case 'frame':
				pen.fill(FRAME_FILL);
				ctx.fillRect(x, y, w, h);
				pen.stroke(INK[s.props.color], 1.5);
				ctx.strokeRect(x, y, w, h);
				if (s.props.name && w > 40) {
					pen.fill(INK[s.props.color]);
					ctx.font = '600 12px system-ui, sans-serif';
					ctx.fillText(s.props.name, x, y - 5, w);
				}
				break;
			case 'rect':
			case 'ellipse': {
				ctx.beginPath();
				if (s.type === 'ellipse') ctx.ellipse(x + w / 2, y + h / 2, w / 2, h / 2, 0, 0, Math.PI * 2);
				else ctx.rect(x, y, w, h);
				if (s.props.fill !== 'none') {
					ctx.globalAlpha = s.props.fill === 'solid' ? 1 : 0.14;
					pen.fill(INK[s.props.color]);
					ctx.fill();
					ctx.globalAlpha = 1;
				}
				pen.stroke(INK[s.props.color], Math.max(1, (STROKE_WIDTHS[s.props.size] / 2 + 1) * z));
				ctx.stroke();
				break;
			}
			case 'text':
				ctx.globalAlpha = 0.35;
				pen.fill(INK[s.props.color]);
				ctx.fillRect(x, y + h * 0.3, w, h * 0.4);
				ctx.globalAlpha = 1;
				break;
			case 'image':
				pen.fill(IMAGE_FILL);
				ctx.fillRect(x, y, w, h);
				break;
			case 'pen': {
				const pts = s.props.points;
				pen.stroke(INK[s.props.color], Math.max(1, STROKE_WIDTHS[s.props.size] * z));
				ctx.beginPath();
				for (let i = 0; i + 1 < pts.length; i += 2) {
					const px = x + (pts[i] as number) * z;
					const py = y + (pts[i + 1] as number) * z;
					if (i === 0) ctx.moveTo(px, py);
					else ctx.lineTo(px, py);
				}
				ctx.stroke();
				break;
			}
		}
		if (s.rotation) {
			ctx.restore();
			// restore() brought back the styles saved before this shape; the pen must not trust its memory.
			pen.forget();
		}
	}
}
