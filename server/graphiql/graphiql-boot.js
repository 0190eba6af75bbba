// Starts GraphiQL under a CSP that allows no inline script: the page holds its options as a JSON data block
// (never executed), and this same-origin file reads them. It runs after graphiql.js: both are `defer`, so
// they execute in document order.
const { options, workers } = JSON.parse(document.getElementById('graphiql-config').textContent);
// Monaco asks for one worker per language service by label (editorWorkerService, json, graphql); same-origin
// URLs let the CSP say `worker-src 'self'` instead of allowing blob: workers.
self.MonacoEnvironment = { globalAPI: false, getWorkerUrl: (_moduleId, label) => workers[label] };
YogaGraphiQL.renderYogaGraphiQL(document.getElementById('root'), options);
