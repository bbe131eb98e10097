/**
 * A GraphQL request sent with XMLHttpRequest, for large bodies: unlike fetch it reports upload
 * progress. Errors are said as `request` says them.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { API_PATH, ApiError, describeErrors, isMutation, requestBody } from './client.js';

export interface UploadProgress {
  /** 'upload' while the body is sent (with the fraction sent); 'processing' once it is all sent. */
  phase: 'upload' | 'processing';
  fraction: number;
}

/** What the explorer says when a request is over the API's 1 MB limit. */
export const PAYLOAD_TOO_LARGE = 'Files over 1 MB: use `npm run import` on the server instead.';

export function upload<R, V>(
  doc: TypedDocumentNode<R, V>,
  variables: V,
  onProgress: (p: UploadProgress) => void,
  endpoint = API_PATH,
): Promise<R> {
  return new Promise<R>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', endpoint);
    xhr.setRequestHeader('content-type', 'application/json');
    xhr.setRequestHeader('accept', 'application/json');
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress({ phase: 'upload', fraction: e.total ? e.loaded / e.total : 1 });
    };
    xhr.upload.onload = () => onProgress({ phase: 'processing', fraction: 1 });
    xhr.onerror = () =>
      reject(
        new ApiError('Cannot reach the Coordination Atlas server. Check that it is running and that you are online.'),
      );
    xhr.onload = () => {
      let body: { data?: R | null; errors?: { message: string; extensions?: { code?: string } }[] } | undefined;
      try {
        body = JSON.parse(xhr.responseText) as typeof body;
      } catch {
        body = undefined;
      }
      if (xhr.status === 413 || body?.errors?.[0]?.extensions?.code === 'PAYLOAD_TOO_LARGE') {
        reject(new ApiError(PAYLOAD_TOO_LARGE, 'PAYLOAD_TOO_LARGE'));
        return;
      }
      if (body?.errors?.length) {
        reject(describeErrors(body.errors, { mutation: isMutation(doc as TypedDocumentNode<unknown, unknown>) }));
        return;
      }
      if (xhr.status < 200 || xhr.status >= 300) {
        reject(
          new ApiError(
            xhr.status >= 500
              ? `The server failed to answer (HTTP ${xhr.status}). Try again in a moment.`
              : `The server refused the request (HTTP ${xhr.status}).`,
          ),
        );
        return;
      }
      if (!body?.data) {
        reject(new ApiError('The server sent an answer the explorer cannot read.'));
        return;
      }
      resolve(body.data);
    };
    xhr.send(requestBody(doc, variables));
  });
}
