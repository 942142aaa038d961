/**
 * Browser-only: produces one export file (PNG, SVG, PDF or CSV) of a board or a frame from gated
 * records. The pure parts live in board.ts / scene.ts / svg.ts; this adds rasterizing and PDF.
 */
import type { Shape } from '../model/schema';
import type { Facilitation } from '../model/state/facilitation';
import { boardCsv, sceneOf, type BoardCsvOptions, type ExportScope } from './board';
import { EXPORT_MIME, exportFileName, type ExportFormat } from './files';
import { browserMeasure, inlineImages, pngToPdf, rasterScale, svgToPng } from './raster';
import type { Scene } from './scene';
import { sceneToSvg } from './svg';

export interface ExportRequest {
	format: ExportFormat;
	scope: ExportScope;
	shapes: readonly Shape[];
	facilitation: Facilitation | null;
	boardTitle: string;
	/** URL of an uploaded image by asset id (absolute URLs keep an SVG file working elsewhere). */
	imageHref?: (assetId: string) => string | null;
	csv?: Omit<BoardCsvOptions, 'scope'>;
}

export interface ExportedFile {
	blob: Blob;
	fileName: string;
}

const EMPTY: Scene = { viewBox: [0, 0, 400, 300], items: [], shapeCount: 0 };

/** Builds the requested file (see the module comment). */
export async function exportFile(request: ExportRequest): Promise<ExportedFile> {
	const { format, scope, shapes, boardTitle } = request;
	const frame = scope.kind === 'frame' ? shapes.find((s) => s.id === scope.frameId) : undefined;
	const frameName = frame?.type === 'frame' ? frame.props.name : null;
	const fileName = exportFileName(boardTitle, frameName, format);
	const title = frameName ? `${boardTitle} — ${frameName}` : boardTitle;
	if (format === 'csv') {
		const csv = boardCsv(shapes, request.facilitation, { ...request.csv, scope });
		return { blob: new Blob([csv], { type: EXPORT_MIME.csv }), fileName };
	}
	const scene = sceneOf(shapes, scope, { imageHref: request.imageHref, measure: browserMeasure() }) ?? EMPTY;
	if (format === 'svg') return { blob: new Blob([sceneToSvg(scene, { title })], { type: EXPORT_MIME.svg }), fileName };
	const [, , w, h] = scene.viewBox;
	const scale = rasterScale(w, h);
	const svg = sceneToSvg(await inlineImages(scene), { title, scale });
	const png = await svgToPng(svg, w * scale, h * scale);
	if (format === 'png') return { blob: png, fileName };
	return { blob: await pngToPdf(png, w, h, title), fileName };
}
