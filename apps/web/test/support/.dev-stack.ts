import { startStack } from './stack';
const stack = await startStack('dev');
console.log('STACK', JSON.stringify(stack));
process.on('SIGTERM', async () => { await stack.stop(); process.exit(0); });
setInterval(() => {}, 1 << 30);
