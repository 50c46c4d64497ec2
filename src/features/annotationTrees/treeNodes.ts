// The elements of the three annotation views. Annotation elements carry `documentUri` and
// `annotationId`, code elements `codeId`: the view menus hand the element to the commands,
// which read it with annotationRef / codeRef (src/features/shared/annotationArgs.ts).

export interface CodeNode {
  readonly kind: 'code';
  readonly codeId: string;
  /** False for a code annotations use that the codebook does not define. */
  readonly known: boolean;
}

/** The "Not in codebook" group of the Codes view. */
export interface UnknownCodesNode {
  readonly kind: 'unknownCodes';
}

export interface DocumentNode {
  readonly kind: 'document';
  readonly documentUri: string;
}

export interface AnnotationNode<P extends CodeNode | DocumentNode = CodeNode | DocumentNode> {
  readonly kind: 'annotation';
  readonly documentUri: string;
  readonly annotationId: string;
  /** The code (Codes view) or document (Needs Attention) it is listed under; none in Annotations. */
  readonly parent?: P;
}

export type CodesTreeNode = CodeNode | UnknownCodesNode | AnnotationNode<CodeNode>;
export type AttentionTreeNode = DocumentNode | AnnotationNode<DocumentNode>;

/** The menus' `viewItem` values (package.json `view/item/context`). */
export const CONTEXT_VALUES = {
  code: 'code',
  unknownCode: 'code.unknown',
  annotation: 'annotation',
  proposed: 'annotation.proposed',
} as const;
