import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { Deployment, StatefulSet } from 'kubernetes-models/apps/v1';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2';
import { NetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1';
import { ConfigMap, Service } from 'kubernetes-models/v1';
import ts from 'typescript';
import { parseAllDocuments } from 'yaml';
import { ROOT } from './processes';

export const K8S = path.join(ROOT, 'infra', 'k8s');

export interface KubernetesObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string> };
  [field: string]: unknown;
}

/** An overlay (`dev`, `production`) as `kubectl apply -k` would send it. */
export function render(overlay: string): KubernetesObject[] {
  const yaml = execFileSync('kubectl', ['kustomize', path.join(K8S, 'overlays', overlay)], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  return parseAllDocuments(yaml).map((document) => document.toJSON() as KubernetesObject);
}

/** Each kind the manifests may hold: its model (kubernetes-models) and its interface's module, for checkFields. */
const KINDS: Record<string, { model: new (object: never) => { validate(): void }; module: string; type: string }> = {
  'apps/v1 Deployment': { model: Deployment, module: 'kubernetes-models/apps/v1/Deployment', type: 'IDeployment' },
  'apps/v1 StatefulSet': { model: StatefulSet, module: 'kubernetes-models/apps/v1/StatefulSet', type: 'IStatefulSet' },
  'v1 Service': { model: Service, module: 'kubernetes-models/v1/Service', type: 'IService' },
  'v1 ConfigMap': { model: ConfigMap, module: 'kubernetes-models/v1/ConfigMap', type: 'IConfigMap' },
  'autoscaling/v2 HorizontalPodAutoscaler': {
    model: HorizontalPodAutoscaler,
    module: 'kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler',
    type: 'IHorizontalPodAutoscaler',
  },
  'networking.k8s.io/v1 NetworkPolicy': {
    model: NetworkPolicy,
    module: 'kubernetes-models/networking.k8s.io/v1/NetworkPolicy',
    type: 'INetworkPolicy',
  },
  'policy/v1 PodDisruptionBudget': {
    model: PodDisruptionBudget,
    module: 'kubernetes-models/policy/v1/PodDisruptionBudget',
    type: 'IPodDisruptionBudget',
  },
};

const nameOf = (object: KubernetesObject) => `${object.kind}/${object.metadata?.name}`;

function kindOf(object: KubernetesObject) {
  const kind = KINDS[`${object.apiVersion} ${object.kind}`];
  if (!kind) throw new Error(`unknown kind ${object.apiVersion} ${object.kind}`);
  return kind;
}

/** The problems of each object against the Kubernetes OpenAPI schema (types, formats, required fields), one line each. */
export function schemaProblems(objects: KubernetesObject[]): string[] {
  return objects.flatMap((object) => {
    try {
      new (kindOf(object).model)(object as never).validate();
      return [];
    } catch (error) {
      return [`${nameOf(object)}: ${(error as Error).message}`];
    }
  });
}

/**
 * Fields the schema does not know (`readinesProbe`, `imagePullPolicyy`): the OpenAPI schemas
 * allow any extra property, as does the API server short of strict validation, so a typo would
 * silently do nothing. Each object is checked as an object literal of its kubernetes-models
 * interface, whose excess-property check names every unknown field.
 */
export function unknownFields(objects: KubernetesObject[]): string[] {
  const kinds = objects.map(kindOf);
  const file = path.join(ROOT, 'gateway', 'test', 'rendered-manifests.ts');
  const source = [
    ...kinds.map(({ module, type }, index) => `import type { ${type} as T${index} } from '${module}';`),
    ...objects.map((object, index) => `export const o${index}: T${index} = ${JSON.stringify(object)};`),
  ].join('\n');
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    module: ts.ModuleKind.Node16,
    moduleResolution: ts.ModuleResolutionKind.Node16,
    types: [],
  };
  const host = ts.createCompilerHost(options);
  const [getSourceFile, fileExists, readFile] = [host.getSourceFile.bind(host), host.fileExists.bind(host), host.readFile.bind(host)];
  host.fileExists = (name) => name === file || fileExists(name);
  host.readFile = (name) => (name === file ? source : readFile(name));
  host.getSourceFile = (name, version, ...rest) =>
    name === file ? ts.createSourceFile(name, source, version) : getSourceFile(name, version, ...rest);
  const program = ts.createProgram([file], options, host);
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => {
    const line = diagnostic.file === undefined ? -1 : diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start ?? 0).line;
    const where = line >= kinds.length ? nameOf(objects[line - kinds.length]!) : 'manifests';
    return `${where}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`;
  });
}
