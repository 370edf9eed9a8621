import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '@passerelle/config';
import { parse } from 'yaml';
import { gatewaySettings } from '../src/config';
import { cachesHeapNeed, refuseCachesBeyondHeap } from '../src/heap-budget';
import { K8S, render, schemaProblems, unknownFields, type KubernetesObject } from './support/kubernetes';
import { ROOT } from './support/processes';
import { readConfigurationTable } from './support/readme-configuration';

interface Probe {
  httpGet?: { path: string; port: string | number };
}
interface Container {
  name: string;
  image: string;
  command?: string[];
  ports?: { name?: string; containerPort: number }[];
  env?: { name: string; value?: string; valueFrom?: { secretKeyRef?: { name: string; key: string } } }[];
  envFrom?: { configMapRef?: { name: string } }[];
  livenessProbe?: Probe;
  readinessProbe?: Probe;
  startupProbe?: Probe;
  resources?: { requests?: Record<string, string>; limits?: Record<string, string> };
  securityContext?: { readOnlyRootFilesystem?: boolean; allowPrivilegeEscalation?: boolean };
  volumeMounts?: { name: string; mountPath: string }[];
}
interface PodSpec {
  containers: Container[];
  securityContext?: { runAsNonRoot?: boolean; runAsUser?: number };
  volumes?: { name: string; emptyDir?: object }[];
}
type Deployment = KubernetesObject & {
  spec: { replicas?: number; template: { metadata: { labels: Record<string, string> }; spec: PodSpec } };
};
type ConfigMap = KubernetesObject & { data: Record<string, string> };
type Autoscaler = KubernetesObject & { spec: { scaleTargetRef: { kind: string; name: string }; minReplicas: number; maxReplicas: number } };
interface LabelSelector {
  matchLabels?: Record<string, string>;
  matchExpressions?: { key: string; operator: string; values?: string[] }[];
}
type NetworkPolicy = KubernetesObject & {
  spec: {
    podSelector: LabelSelector;
    ingress?: {
      from?: { podSelector?: LabelSelector; namespaceSelector?: LabelSelector; ipBlock?: object }[];
      ports?: { port: string | number }[];
    }[];
  };
};
type Selecting = KubernetesObject & { spec: { selector: { matchLabels?: Record<string, string> } & Record<string, string> } };

const compose = parse(readFileSync(path.join(ROOT, 'docker-compose.yml'), 'utf8'), { merge: true }) as {
  services: Record<string, { command?: string[]; environment?: Record<string, string> }>;
};
const PROCESSES = ['gateway', 'organisations', 'offers', 'programmes', 'imports'];
/** The subgraphs with a database of their own (imports keeps none). */
const WITH_DATABASE = ['organisations', 'offers', 'programmes'];
const SECRET = 'passerelle-secrets';
// Read by other processes than ours or set by other branches still to be merged.
const NOT_OURS = new Set<string>(['NODE_OPTIONS']);

function graphOf(overlay: string) {
  const objects = render(overlay);
  const ofKind = <T extends KubernetesObject>(kind: string) => objects.filter((object) => object.kind === kind) as T[];
  const deployments = ofKind<Deployment>('Deployment');
  const deployment = (name: string) => deployments.find((object) => object.metadata.name === name)!;
  const container = (name: string) => deployment(name).spec.template.spec.containers[0]!;
  const configMap = ofKind<ConfigMap>('ConfigMap')[0]!;
  const autoscaler = (name: string) =>
    ofKind<Autoscaler>('HorizontalPodAutoscaler').find((object) => object.spec.scaleTargetRef.name === name);
  return { objects, ofKind, deployments, deployment, container, configMap, autoscaler };
}

const graphs = { dev: graphOf('dev'), production: graphOf('production') };

describe.each(Object.keys(graphs) as (keyof typeof graphs)[])('infra/k8s overlay %s', (overlay) => {
  const graph = graphs[overlay];

  it('renders objects that are valid against the Kubernetes schemas, with no unknown field', () => {
    expect(graph.objects.length).toBeGreaterThan(10);
    expect(schemaProblems(graph.objects)).toEqual([]);
    expect(unknownFields(graph.objects)).toEqual([]);
  });

  it('runs the gateway, the four subgraphs, Redis and NATS, each behind a Service of the same name', () => {
    const names = (kind: string) =>
      graph
        .ofKind(kind)
        .map((object) => object.metadata.name)
        .sort();
    expect(names('Deployment')).toEqual([...PROCESSES, 'redis'].sort());
    expect(names('StatefulSet')).toEqual(['nats']);
    expect(names('Service')).toEqual([...names('Deployment'), 'nats'].sort());
    for (const service of graph.ofKind<Selecting>('Service')) {
      const workload =
        graph.deployment(service.metadata.name) ??
        graph.ofKind<Deployment>('StatefulSet').find((set) => set.metadata.name === service.metadata.name)!;
      expect(workload.spec.template.metadata.labels).toMatchObject(service.spec.selector);
    }
  });

  it('gives the offers and programmes pods JetStream: a NATS StatefulSet keeping its stream on a volume, bounded and non-root, named by NATS_URL', () => {
    expect(graph.configMap.data.NATS_URL).toBe('nats://nats:4222');
    const nats = graph.ofKind<Deployment & { spec: { volumeClaimTemplates: { metadata: { name: string } }[] } }>('StatefulSet')[0]!;
    const { spec } = nats.spec.template;
    const container = spec.containers[0]!;
    expect(container.command ?? (container as { args?: string[] }).args).toEqual(
      expect.arrayContaining(['--jetstream', '--store_dir', '/data']),
    );
    expect(container.volumeMounts).toContainEqual({ name: 'data', mountPath: '/data' });
    expect(nats.spec.volumeClaimTemplates.map((claim) => claim.metadata.name)).toEqual(['data']);
    expect(Object.keys(container.resources?.limits ?? {}).sort()).toEqual(['cpu', 'memory']);
    expect(spec.securityContext?.runAsNonRoot).toBe(true);
    expect(container.securityContext).toMatchObject({ readOnlyRootFilesystem: true, allowPrivilegeEscalation: false });
    const service = graph
      .ofKind<KubernetesObject & { spec: { ports: { port: number }[] } }>('Service')
      .find((object) => object.metadata.name === 'nats');
    expect(service?.spec.ports.map((port) => port.port)).toEqual([4222]);
  });

  it.each(PROCESSES)('runs %s from the one image, with the command and port docker-compose gives it', (name) => {
    const container = graph.container(name);
    expect(container.image).toBe(graph.container('gateway').image);
    expect(container.command).toEqual(compose.services[name]!.command);
    const port = container.env?.find((variable) => variable.name === 'PORT')?.value;
    expect(port).toBe(compose.services[name]!.environment!.PORT);
    expect(container.ports).toEqual([{ name: 'http', containerPort: Number(port) }]);
  });

  it.each(PROCESSES)('checks %s on /health (alive) and /ready (ready), on its port', (name) => {
    const container = graph.container(name);
    expect(container.livenessProbe?.httpGet).toEqual({ path: '/health', port: 'http' });
    expect(container.startupProbe?.httpGet).toEqual({ path: '/health', port: 'http' });
    expect(container.readinessProbe?.httpGet).toEqual({ path: '/ready', port: 'http' });
  });

  it.each([...PROCESSES, 'redis'])('bounds %s’s CPU and memory, as a non-root user on a read-only root filesystem', (name) => {
    const { spec } = graph.deployment(name).spec.template;
    const container = spec.containers[0]!;
    expect(Object.keys(container.resources?.requests ?? {}).sort()).toEqual(['cpu', 'memory']);
    expect(Object.keys(container.resources?.limits ?? {}).sort()).toEqual(['cpu', 'memory']);
    expect(spec.securityContext?.runAsNonRoot).toBe(true);
    expect(spec.securityContext?.runAsUser).toBeGreaterThan(0);
    expect(container.securityContext).toMatchObject({ readOnlyRootFilesystem: true, allowPrivilegeEscalation: false });
    for (const mount of container.volumeMounts ?? []) {
      expect(spec.volumes?.find((volume) => volume.name === mount.name)?.emptyDir).toBeDefined();
    }
  });

  it.each(PROCESSES)('gives %s a writable /tmp', (name) => {
    expect(graph.container(name).volumeMounts).toContainEqual({ name: 'tmp', mountPath: '/tmp' });
  });

  it('takes JWT_SECRET and MYSQL_URL from the Secret only, and MYSQL_URL only for the subgraphs with a database', () => {
    for (const name of PROCESSES) {
      const env = graph.container(name).env ?? [];
      const fromSecret = env.filter((variable) => variable.valueFrom?.secretKeyRef?.name === SECRET);
      const expected = WITH_DATABASE.includes(name) ? ['MYSQL_URL', 'JWT_SECRET'] : ['JWT_SECRET'];
      expect(fromSecret.map((variable) => [variable.name, variable.valueFrom!.secretKeyRef!.key])).toEqual(
        expected.map((key) => [key, key]),
      );
      expect(fromSecret.every((variable) => variable.value === undefined)).toBe(true);
    }
    expect(Object.keys(graph.configMap.data)).not.toEqual(expect.arrayContaining(['JWT_SECRET']));
    expect(Object.keys(graph.configMap.data)).not.toContain('MYSQL_URL');
    expect(graph.ofKind('Secret')).toEqual([]);
    // MySQL is the operator's (managed, or an operator's cluster), named by MYSQL_URL alone
    expect(JSON.stringify(graph.objects.filter((object) => object.kind !== 'ConfigMap'))).not.toMatch(
      /mysql:\/\/|"image":"(mysql|mariadb)/,
    );
  });

  it('configures every process from the ConfigMap the overlay renders', () => {
    for (const name of PROCESSES) {
      expect(graph.container(name).envFrom).toEqual([{ configMapRef: { name: graph.configMap.metadata.name } }]);
    }
  });

  it('sets only documented settings (README’s configuration table)', () => {
    const documented = new Set(readConfigurationTable().defaults.map((row) => row.variable));
    const names = [
      ...Object.keys(graph.configMap.data),
      ...PROCESSES.flatMap((name) => (graph.container(name).env ?? []).map((variable) => variable.name)),
    ];
    expect(names.filter((name) => !documented.has(name) && !NOT_OURS.has(name))).toEqual([]);
  });

  it('scales the gateway and the offers subgraph on CPU, leaving their replicas to the autoscaler', () => {
    for (const name of ['gateway', 'offers']) {
      const autoscaler = graph.autoscaler(name);
      expect(autoscaler?.spec.scaleTargetRef.kind).toBe('Deployment');
      expect(autoscaler!.spec.maxReplicas).toBeGreaterThan(autoscaler!.spec.minReplicas);
      expect(graph.deployment(name).spec.replicas).toBeUndefined();
    }
    expect(graph.ofKind('HorizontalPodAutoscaler')).toHaveLength(2);
  });

  it('keeps a disruption budget for each process, which lets a node with one of its pods be drained', () => {
    const budgets = graph.ofKind<Selecting & { spec: { maxUnavailable?: number } }>('PodDisruptionBudget');
    for (const name of PROCESSES) {
      const labels = graph.deployment(name).spec.template.metadata.labels;
      const budget = budgets.find((candidate) =>
        Object.entries(candidate.spec.selector.matchLabels ?? {}).every(([key, value]) => labels[key] === value),
      );
      expect({ name, maxUnavailable: budget?.spec.maxUnavailable }).toEqual({ name, maxUnavailable: 1 });
    }
  });

  it('lets only the gateway reach the imports subgraph and Redis, and only the gateway and imports reach the other subgraphs, on their ports', () => {
    const policies = graph.ofKind<NetworkPolicy>('NetworkPolicy');
    const selects = (selector: LabelSelector, labels: Record<string, string>) =>
      Object.entries(selector.matchLabels ?? {}).every(([key, value]) => labels[key] === value) &&
      (selector.matchExpressions ?? []).every(({ key, operator, values }) => operator === 'In' && values!.includes(labels[key]!));
    const labelsOf = (name: string) => graph.deployment(name).spec.template.metadata.labels;
    const gatewayLabels = labelsOf('gateway');
    const reachedBy: Record<string, string[]> = {
      organisations: ['gateway', 'imports'],
      offers: ['gateway', 'imports'],
      programmes: ['gateway', 'imports'],
      imports: ['gateway'],
      redis: ['gateway'],
    };
    for (const [name, allowed] of Object.entries(reachedBy)) {
      const applying = policies.filter((policy) => selects(policy.spec.podSelector, labelsOf(name)));
      expect(applying.length).toBeGreaterThan(0);
      const rules = applying.flatMap((policy) => policy.spec.ingress ?? []);
      const admitted = new Set<string>();
      // every source a rule admits is a pod selector that matches allowed pods, and only them
      for (const rule of rules) {
        expect(rule.from?.length).toBeGreaterThan(0);
        for (const source of rule.from!) {
          expect(source.ipBlock).toBeUndefined();
          expect(source.namespaceSelector).toBeUndefined();
          const matched = Object.keys(reachedBy)
            .concat('gateway')
            .filter((other) => selects(source.podSelector!, labelsOf(other)));
          expect({ name, matched: matched.filter((other) => !allowed.includes(other)) }).toEqual({ name, matched: [] });
          for (const other of matched) admitted.add(other);
        }
        const portNames = graph.deployment(name).spec.template.spec.containers[0]!.ports!.map((port) => port.name);
        expect(rule.ports!.map((port) => port.port)).toEqual(portNames);
      }
      expect({ name, admitted: [...admitted].sort() }).toEqual({ name, admitted: [...allowed].sort() });
    }
    // the gateway itself stays reachable: no policy selects it
    expect(policies.filter((policy) => selects(policy.spec.podSelector, gatewayLabels))).toEqual([]);
  });
});

describe('infra/k8s overlays dev and production', () => {
  const { dev, production } = graphs;

  it('puts each overlay in its own namespace', () => {
    expect(new Set(dev.objects.map((object) => object.metadata.namespace))).toEqual(new Set(['passerelle-dev']));
    expect(new Set(production.objects.map((object) => object.metadata.namespace))).toEqual(new Set(['passerelle']));
  });

  it('runs development mode with one pod each in dev, production mode with two or more in production', () => {
    expect(dev.configMap.data).toMatchObject({ NODE_ENV: 'development', WORKERS: '1' });
    expect(production.configMap.data).toMatchObject({ NODE_ENV: 'production', SEED: 'false' });
    for (const name of ['gateway', 'offers']) {
      expect(dev.autoscaler(name)?.spec.minReplicas).toBe(1);
      expect(production.autoscaler(name)?.spec.minReplicas).toBeGreaterThanOrEqual(2);
    }
    for (const name of ['organisations', 'programmes']) {
      expect(dev.deployment(name).spec.replicas).toBe(1);
      expect(production.deployment(name).spec.replicas).toBeGreaterThanOrEqual(2);
    }
  });

  it('gives each production gateway pod as many workers as CPUs in its limit', () => {
    expect(production.configMap.data.WORKERS).toBe(production.container('gateway').resources!.limits!.cpu);
  });

  it.each(['dev', 'production'] as const)(
    'gives each %s gateway worker a heap its caches fit, and the pod’s workers fit its memory',
    (overlay) => {
      const gateway = graphs[overlay].container('gateway');
      const env = {
        ...graphs[overlay].configMap.data,
        ...Object.fromEntries(
          (gateway.env ?? []).flatMap((variable) => (variable.value === undefined ? [] : [[variable.name, variable.value]])),
        ),
      };
      const config = loadConfig(gatewaySettings, { ...env, JWT_SECRET: 'a-secret-the-manifests-leave-to-the-Secret' });
      // V8's heap limit for that NODE_OPTIONS, as the gateway reads it at start-up
      const heapLimitMb = Number(
        execFileSync(process.execPath, ['-p', 'Math.floor(require("v8").getHeapStatistics().heap_size_limit / 2 ** 20)'], {
          env: { ...process.env, NODE_OPTIONS: env.NODE_OPTIONS },
        }).toString(),
      );
      expect(env.NODE_OPTIONS).toMatch(/--max-old-space-size=\d+/);
      expect(() => refuseCachesBeyondHeap(config, heapLimitMb)).not.toThrow();
      expect(cachesHeapNeed(config).totalMb).toBeLessThanOrEqual(heapLimitMb);
      // each worker's heap and ~48 MB off it, and with several workers the primary's ~64 MB
      const memoryMb = (amount: string) => {
        const [, figure, unit] = /^(\d+)(Mi|Gi)$/.exec(amount)!;
        return Number(figure) * (unit === 'Gi' ? 1024 : 1);
      };
      const workers = config.WORKERS === 'auto' ? NaN : config.WORKERS;
      const podMb = workers * (heapLimitMb + 48) + (workers > 1 ? 64 : 0);
      const memory = gateway.resources!;
      expect(podMb).toBeLessThanOrEqual(memoryMb(overlay === 'production' ? memory.requests!.memory! : memory.limits!.memory!));
    },
  );

  it('shares the response and entity caches of the production gateways in the Redis Service', () => {
    expect(production.configMap.data).toMatchObject({ RESPONSE_CACHE: 'redis', ENTITY_CACHE: 'redis', REDIS_URL: 'redis://redis:6379' });
    const redis = production
      .ofKind<KubernetesObject & { spec: { ports: { port: number }[] } }>('Service')
      .find((service) => service.metadata.name === 'redis');
    expect(redis?.spec.ports.map((port) => port.port)).toEqual([6379]);
  });

  it('pulls the production image from a registry, the dev image from the local one', () => {
    expect(production.container('gateway').image).toMatch(/^[a-z0-9.-]+\.[a-z]+\/passerelle:\d/);
    expect(dev.container('gateway').image).toBe('passerelle:dev');
  });

  it('writes OTEL_EXPORTER_OTLP_ENDPOINT, commented out, where production would set it', () => {
    const kustomization = readFileSync(path.join(K8S, 'overlays', 'production', 'kustomization.yaml'), 'utf8');
    expect(kustomization).toMatch(/^\s*# - OTEL_EXPORTER_OTLP_ENDPOINT=/m);
  });
});

describe('the manifests’ validator', () => {
  const valid = graphs.dev.deployment('gateway');
  const broken = (change: (deployment: Deployment) => void): KubernetesObject[] => {
    const deployment = structuredClone(valid);
    change(deployment);
    return [deployment];
  };

  it('accepts a rendered Deployment', () => {
    expect(schemaProblems([valid])).toEqual([]);
    expect(unknownFields([valid])).toEqual([]);
  });

  it('refuses a value of the wrong type or format', () => {
    const problems = schemaProblems(broken((deployment) => Object.assign(deployment.spec, { replicas: 'two' })));
    expect(problems).toEqual([expect.stringMatching(/^Deployment\/gateway: .*spec\/replicas must be integer/)]);
    const limits = schemaProblems(broken((deployment) => (deployment.spec.template.spec.containers[0]!.resources!.limits!.cpu = 'lots')));
    expect(limits).toEqual([expect.stringMatching(/limits\/cpu must match format "quantity"/)]);
  });

  it('names a field the schema does not know', () => {
    const problems = unknownFields(
      broken((deployment) => Object.assign(deployment.spec.template.spec.containers[0]!, { readinesProbe: {} })),
    );
    expect(problems).toEqual([expect.stringMatching(/^Deployment\/gateway: .*"readinesProbe".* does not exist in type 'IContainer'/)]);
  });

  it('refuses a kind it has no schema for', () => {
    const unknown = { apiVersion: 'example.com/v1', kind: 'Widget', metadata: { name: 'w' } };
    expect(schemaProblems([unknown])).toEqual(['Widget/w: unknown kind example.com/v1 Widget']);
  });
});
