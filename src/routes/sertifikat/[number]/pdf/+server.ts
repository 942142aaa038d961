import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/auth/guard';
import { certificateForDownload } from '$lib/server/learning/certificates';
import { renderCertificatePdf, verificationUrl } from '$lib/server/learning/certificate-pdf';
import { loadOrRefuse } from '$lib/server/learning/http';

/** The certificate PDF: its owner, the workshop's facilitators and admins; 404 for everyone else. */
export const GET: RequestHandler = async ({ locals, url, params }) => {
	const user = requireUser(locals, url);
	const db = await getDb();
	const cert = await loadOrRefuse(() => certificateForDownload(db, user, params.number));
	const origin = process.env.ORIGIN || url.origin;
	const pdf = await renderCertificatePdf(cert, verificationUrl(origin, cert.number));
	return new Response(new Uint8Array(pdf), {
		headers: {
			'content-type': 'application/pdf',
			'content-disposition': `attachment; filename="sertifikat-${cert.number}.pdf"`,
			'cache-control': 'private, no-store'
		}
	});
};
