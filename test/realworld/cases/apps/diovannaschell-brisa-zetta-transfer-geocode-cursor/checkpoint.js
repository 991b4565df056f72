const fs = require('fs');
const path = require('path');

const checkpointFile = path.join(__dirname, 'checkpoint.json');

function readCheckpoint() {
  try {
    return JSON.parse(fs.readFileSync(checkpointFile, 'utf8'));
  } catch (error) {
    if (error.code === 'ENOENT') return { lastProcessedId: null };
    throw error;
  }
}

function writeCheckpoint(lastProcessedId) {
  fs.writeFileSync(checkpointFile, JSON.stringify({ lastProcessedId }), 'utf8');
}

module.exports = { readCheckpoint, writeCheckpoint };
