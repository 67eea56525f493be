// Starts a throw-away AT Protocol PDS with an in-memory PLC directory, on loopback only, for
// RadShare's Bluesky connector tests (modelled on @atproto/dev-env's TestPlc/TestPds).
// Usage: node launch.js <plcPort> <pdsPort> <dataDir>. Prints "READY <pdsUrl>" when serving;
// exits when stdin closes (the Java test holds it open), so no PDS outlives its test.
'use strict'
const path = require('node:path')
const pds = require('@atproto/pds')
const plc = require('@did-plc/server')
const { Secp256k1Keypair } = require('@atproto/crypto')

async function main() {
  const [plcPort, pdsPort, dataDir] = process.argv.slice(2)
  const plcDb = plc.Database.mock()
  const plcServer = plc.PlcServer.create({ db: plcDb, port: Number(plcPort) })
  await plcServer.start()

  const rotationKey = await Secp256k1Keypair.create({ exportable: true })
  const rotationHex = Buffer.from(await rotationKey.export()).toString('hex')
  const env = {
    devMode: true,
    port: Number(pdsPort),
    hostname: 'localhost',
    dataDirectory: dataDir,
    blobstoreDiskLocation: path.join(dataDir, 'blobs'),
    didPlcUrl: `http://127.0.0.1:${plcPort}`,
    jwtSecret: 'radshare-test-jwt-secret',
    adminPassword: 'radshare-test-admin',
    plcRotationKeyK256PrivateKeyHex: rotationHex,
    serviceHandleDomains: ['.test'],
    inviteRequired: false,
    disableSsrfProtection: true,
    bskyAppViewUrl: 'https://appview.invalid',
    bskyAppViewDid: 'did:example:invalid',
    modServiceUrl: 'https://moderator.invalid',
    modServiceDid: 'did:example:invalid',
    serviceName: 'RadShare test PDS',
  }
  const server = await pds.PDS.create(pds.envToCfg(env), pds.envToSecrets(env))
  await server.start()
  process.stdout.write(`READY http://127.0.0.1:${pdsPort}\n`)

  const stop = async () => {
    await server.destroy().catch(() => {})
    await plcServer.destroy().catch(() => {})
    process.exit(0)
  }
  process.stdin.on('end', stop)
  process.stdin.on('close', stop)
  process.stdin.resume()
  process.on('SIGTERM', stop)
}

main().catch((err) => {
  process.stderr.write(`PDS failed to start: ${err && err.stack ? err.stack : err}\n`)
  process.exit(1)
})
