/** Accessible names of shapes: what a screen reader says when a shape gets focus, and what the list view shows. */
import * as m from '$lib/paraglide/messages';
import type { Shape, ShapeType, StickyColor, InkColor } from '../../model';

const TYPE_NAMES: Record<ShapeType, () => string> = {
	sticky: m.canvas_type_sticky,
	text: m.canvas_type_text,
	rect: m.canvas_type_rect,
	ellipse: m.canvas_type_ellipse,
	frame: m.canvas_type_frame,
	connector: m.canvas_type_connector,
	image: m.canvas_type_image,
	pen: m.canvas_type_pen
};

const COLOR_NAMES: Record<StickyColor | InkColor, () => string> = {
	yellow: m.canvas_color_yellow,
	orange: m.canvas_color_orange,
	pink: m.canvas_color_pink,
	red: m.canvas_color_red,
	violet: m.canvas_color_violet,
	blue: m.canvas_color_blue,
	teal: m.canvas_color_teal,
	green: m.canvas_color_green,
	grey: m.canvas_color_grey,
	white: m.canvas_color_white,
	ink: m.canvas_color_ink
};

/** The translated name of a shape type ("Catatan tempel"). */
export function typeName(type: ShapeType): string {
	return TYPE_NAMES[type]();
}

/** The translated name of a color. */
export function colorName(color: StickyColor | InkColor): string {
	return COLOR_NAMES[color]();
}

/** The words of a shape: its text, frame name, connector label or image alt text. */
export function shapeText(shape: Shape): string {
	switch (shape.type) {
		case 'frame':
			return shape.props.name;
		case 'connector':
			return shape.props.label;
		case 'image':
			return shape.props.alt;
		case 'pen':
			return '';
		default:
			return shape.props.text;
	}
}

/** The accessible name of a shape: type, color where it carries meaning, and its words. */
export function shapeLabel(shape: Shape, lookup: (id: string) => Shape | undefined): string {
	const words = shapeText(shape).trim().replace(/\s+/g, ' ').slice(0, 200);
	if (shape.type === 'sticky') return m.canvas_label_sticky({ color: colorName(shape.props.color), text: words || m.canvas_label_empty() });
	if (shape.type === 'connector') {
		const end = (id: string | null) => {
			const target = id ? lookup(id) : undefined;
			return target ? shapeText(target).trim().slice(0, 60) || typeName(target.type) : m.canvas_label_free_end();
		};
		return m.canvas_label_connector({ from: end(shape.props.start.shapeId), to: end(shape.props.end.shapeId) });
	}
	return words ? `${typeName(shape.type)}: ${words}` : typeName(shape.type);
}
