/**
 * The order Tab walks the board in: rows from top to bottom, left to right within a row, like text —
 * not the z-order the page happens to hold its shapes in, and across the whole board, not only the
 * shapes near the view.
 */
import { boxesIntersect, shapeBounds, type Box, type Shape } from '../model';

/** World units: tops closer than this count as one row (notes placed by hand are never exactly level). */
const ROW = 24;

/** Shape ids in reading order. */
export function readingOrder(shapes: Iterable<Shape>, lookup: (id: string) => Shape | undefined): string[] {
	const keyed = [...shapes].map((s) => {
		const b = shapeBounds(s, lookup);
		return { id: s.id, row: Math.round(b.y / ROW), x: b.x };
	});
	keyed.sort((a, b) => a.row - b.row || a.x - b.x || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	return keyed.map((k) => k.id);
}

/**
 * The shape after (`dir` 1) or before (-1) `from` in reading order, or null at either end (Tab then
 * leaves the canvas). With no `from`, the first shape that lies in `view`.
 */
export function nextInReading(
	shapes: Iterable<Shape>,
	lookup: (id: string) => Shape | undefined,
	from: string | null,
	dir: 1 | -1,
	view: Box
): string | null {
	const order = readingOrder(shapes, lookup);
	if (from === null) {
		const inView = order.find((id) => {
			const shape = lookup(id);
			return !!shape && boxesIntersect(shapeBounds(shape, lookup), view);
		});
		return inView ?? null;
	}
	const at = order.indexOf(from);
	if (at < 0) return null;
	return order[at + dir] ?? null;
}
