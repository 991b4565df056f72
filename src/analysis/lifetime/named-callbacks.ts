// Node-style callbacks declared by name instead of written inline, as older callback code often does:
//
//   pg.connect(options.db, connected);
//   function connected(err, db, releaseClient) {
//     if (err) return done(err);
//     jobsModel.getDataForJob(db, jobId, processed);
//     function processed(err) { if (err) return done(err); releaseClient(); done(); }
//   }
//
// A function declaration whose name is only ever passed as an argument runs only as that call's callback, so it is
// followed like the same function written inline: the connect callback owns the client, and a nested one that
// releases it is a continuation of the checkout. A name that is also called directly, stored or reassigned runs
// under other arguments too: it is left alone.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { findVariable } from "../find-variable.js";

type SourceCode = Readonly<TSESLint.SourceCode>;

/** The identifiers that pass `fn` (a function declaration) as a call's argument, when nothing else refers to it. */
export function passedDeclarationReferences(fn: TSESTree.Node, sourceCode: SourceCode): TSESTree.Identifier[] | null {
  if (fn.type !== AST_NODE_TYPES.FunctionDeclaration || !fn.id) return null;
  const variable = sourceCode.getDeclaredVariables(fn).find((declared) => declared.identifiers.includes(fn.id!));
  if (!variable || variable.defs.length !== 1) return null;
  const passing: TSESTree.Identifier[] = [];
  for (const reference of variable.references) {
    const identifier = reference.identifier as TSESTree.Identifier;
    const call = identifier.parent;
    if (
      !reference.isRead() ||
      reference.isWrite() ||
      call?.type !== AST_NODE_TYPES.CallExpression ||
      !call.arguments.includes(identifier)
    ) {
      return null;
    }
    passing.push(identifier);
  }
  return passing.length > 0 ? passing : null;
}

/**
 * `P.connect(config, connected)`: the function declaration `connected` names, when the connect call is the only
 * thing that refers to it (so pg's `(err, client, done)` are the only arguments it ever gets); null otherwise.
 */
export function namedConnectCallback(
  call: TSESTree.CallExpression,
  sourceCode: SourceCode,
): TSESTree.FunctionDeclaration | null {
  const last = call.arguments.at(-1);
  if (last?.type !== AST_NODE_TYPES.Identifier) return null;
  const definition = findVariable(sourceCode.getScope(call), last)?.defs;
  const declaration = definition?.length === 1 ? definition[0]!.node : null;
  if (declaration?.type !== AST_NODE_TYPES.FunctionDeclaration) return null;
  const passing = passedDeclarationReferences(declaration, sourceCode);
  return passing?.length === 1 && passing[0] === last ? declaration : null;
}
