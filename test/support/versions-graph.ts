import type { GraphNode, GraphRelationship, PolicyGraph } from '../../core/graph-contract.ts';

/**
 * Two language versions of one document, built by hand in the shape the seed pipeline writes (graph contract,
 * ids with the language in the slug of the non-English version), so API and explorer tests of versions do not
 * depend on how well the parser reads a bilingual pair. Offsets index into each version's own text.
 */
export const WORK = 'document:guo-han-2021-27';
export const ZH = 'document:guo-han-2021-27:zh';
export const MOFCOM = 'agency:ministry-of-commerce';
/** A document of its own, with no other version. */
export const SINGLE = 'document:guo-han-2019-16';

const AGENCY: GraphNode = {
  id: MOFCOM,
  label: 'Agency',
  name: 'Ministry of Commerce',
  aliases: ['MOFCOM', '商务部'],
  level: 'national',
};

interface Provision {
  key: string;
  marker: string;
  title: string;
  measures: string[];
}

interface Version {
  id: string;
  language: 'en' | 'zh';
  docNumber: string;
  title: string;
  year: number;
  /** The salutation's addressees as written; those named in `addressedTo` are resolved to the agency. */
  addressees: string[];
  addressedTo: string[];
  category: { marker: string; title: string };
  tasks: Provision[];
}

/** One version as a graph: the text is assembled line by line so every offset is where its words are. */
function versionGraph(version: Version): PolicyGraph {
  const slug = version.id.slice('document:'.length);
  const nodes: GraphNode[] = [];
  const relationships: GraphRelationship[] = [];
  let text = `${version.title}\n${version.docNumber}\n`;
  const append = (line: string) => {
    const start = text.length;
    text += `${line}\n`;
    return { start, end: start + line.length };
  };
  const separator = version.language === 'zh' ? '，' : ', ';
  const salutation = append(`${version.addressees.join(separator)}${version.language === 'zh' ? '：' : ':'}`);
  for (const name of version.addressedTo) {
    const start = salutation.start + text.slice(salutation.start).indexOf(name);
    relationships.push({ type: 'ADDRESSED_TO', from: version.id, to: MOFCOM, evidence: name, start, end: start + name.length });
  }
  const categoryId = `category:${slug}:1`;
  const heading = append(`${version.category.marker}${version.category.title}`);
  nodes.push({ id: categoryId, label: 'Category', number: 1, title: version.category.title, marker: version.category.marker, ...heading });
  relationships.push({ type: 'HAS_CATEGORY', from: version.id, to: categoryId });
  for (const [index, task] of version.tasks.entries()) {
    const taskId = `task:${slug}:${task.key}`;
    const taskText = [task.title, ...task.measures].join(' ');
    const paragraph = append(`${task.marker}${taskText}`);
    const bodyStart = paragraph.start + task.marker.length;
    nodes.push({
      id: taskId,
      label: 'Task',
      number: index + 1,
      key: task.key,
      marker: task.marker,
      title: task.title,
      start: bodyStart,
      end: paragraph.end,
    });
    relationships.push({ type: 'HAS_TASK', from: categoryId, to: taskId });
    for (const [m, sentence] of task.measures.entries()) {
      const start = bodyStart + taskText.indexOf(sentence);
      const measureId = `measure:${slug}:${task.key}.${m + 1}`;
      nodes.push({
        id: measureId,
        label: 'Measure',
        text: sentence,
        order: m + 1,
        start,
        end: start + sentence.length,
        amounts: [],
        years: [],
      });
      relationships.push({ type: 'HAS_MEASURE', from: taskId, to: measureId });
    }
  }
  const document: GraphNode = {
    id: version.id,
    label: 'Document',
    docNumber: version.docNumber,
    title: version.title,
    year: version.year,
    date: `${version.year}-03-01`,
    issuer: 'State Council',
    language: version.language,
    addressees: version.addressees,
    text,
    source: `${slug}.txt`,
  };
  return { nodes: [document, AGENCY, ...nodes], relationships };
}

export function englishVersion(): PolicyGraph {
  return versionGraph({
    id: WORK,
    language: 'en',
    docNumber: 'Guo Han [2021] No. 27',
    title: 'Reply of the State Council on the pilot opening-up of trade in services',
    year: 2021,
    addressees: ['Ministry of Commerce', 'People’s Government of Hainan Province'],
    addressedTo: ['Ministry of Commerce'],
    category: { marker: 'I. ', title: 'Open up service industries' },
    tasks: [
      {
        key: '1',
        marker: '1. ',
        title: 'Open up finance.',
        measures: ['Allow foreign banks to open branches.', 'Support cross-border payments in the port.'],
      },
      { key: '2', marker: '2. ', title: 'Open up logistics.', measures: ['Simplify customs clearance for bonded goods.'] },
    ],
  });
}

export function chineseVersion(): PolicyGraph {
  const graph = versionGraph({
    id: ZH,
    language: 'zh',
    docNumber: 'Guo Han [2021] No. 27',
    title: '国务院关于服务贸易开放试点的批复',
    year: 2021,
    addressees: ['商务部', '海南省人民政府'],
    addressedTo: ['商务部'],
    category: { marker: '一、', title: '扩大服务业开放' },
    tasks: [
      { key: '1', marker: '（一）', title: '扩大金融开放。', measures: ['允许外资银行设立分行。', '支持港口跨境支付。'] },
      { key: '2', marker: '（二）', title: '扩大物流开放。', measures: ['简化保税货物通关手续。'] },
    ],
  });
  // The work this is a version of, as a stub (no text): what the seed writes when only the Chinese file is read.
  graph.nodes.push({ id: WORK, label: 'Document', docNumber: 'Guo Han [2021] No. 27', year: 2021, title: 'Guo Han [2021] No. 27' });
  graph.relationships.push({ type: 'VERSION_OF', from: ZH, to: WORK, language: 'zh' });
  return graph;
}

export function singleDocument(): PolicyGraph {
  return versionGraph({
    id: SINGLE,
    language: 'en',
    docNumber: 'Guo Han [2019] No. 16',
    title: 'Reply of the State Council on the comprehensive pilot of service industry opening-up',
    year: 2019,
    addressees: ['Beijing Municipal People’s Government'],
    addressedTo: [],
    category: { marker: 'I. ', title: 'Pilot tasks' },
    tasks: [{ key: '1', marker: '1. ', title: 'Open up culture.', measures: ['Allow foreign-funded performance agencies.'] }],
  });
}
