// How commands about one annotation or one code receive it: as (document URI string, annotation
// id) from hovers and code, or as the tree element a view's context menu passes (an object with
// `documentUri` and `annotationId`, or `codeId`). Undefined when the arguments name nothing.
export interface AnnotationRef {
  documentUri: string;
  annotationId: string;
}

export function annotationRef(args: readonly unknown[]): AnnotationRef | undefined {
  const [first, second] = args;
  if (typeof first === 'string' && typeof second === 'string') return { documentUri: first, annotationId: second };
  if (typeof first === 'object' && first !== null) {
    const { documentUri, annotationId } = first as Partial<Record<keyof AnnotationRef, unknown>>;
    if (typeof documentUri === 'string' && typeof annotationId === 'string') return { documentUri, annotationId };
  }
  return undefined;
}

export function codeRef(args: readonly unknown[]): string | undefined {
  const [first] = args;
  if (typeof first === 'string') return first;
  if (typeof first === 'object' && first !== null) {
    const { codeId } = first as { codeId?: unknown };
    if (typeof codeId === 'string') return codeId;
  }
  return undefined;
}
