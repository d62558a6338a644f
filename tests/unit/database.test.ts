import { describe, expect, it } from '@jest/globals'

import { mongoHosts, resolveDatabase } from '@/cms/database'

describe('resolveDatabase', () => {
  it('uses the embedded SQLite file under data/ when DATABASE_URI is unset or empty', () => {
    for (const uri of [undefined, '', '   ']) {
      expect(resolveDatabase(uri, '/srv/portal')).toEqual({
        kind: 'sqlite',
        url: 'file:/srv/portal/data/portal.db',
        file: '/srv/portal/data/portal.db',
      })
    }
  })

  it('makes a relative file: path absolute against the working directory', () => {
    expect(resolveDatabase('file:./data/other.db', '/srv/portal')).toMatchObject({ file: '/srv/portal/data/other.db' })
    expect(resolveDatabase('file:/tmp/x.db', '/srv/portal')).toMatchObject({ url: 'file:/tmp/x.db' })
  })

  it('chooses MongoDB for mongodb:// and mongodb+srv:// URIs', () => {
    expect(resolveDatabase('mongodb://mongo:27017/portal')).toEqual({
      kind: 'mongodb',
      url: 'mongodb://mongo:27017/portal',
      hosts: 'mongo:27017',
    })
    expect(resolveDatabase('mongodb+srv://u:p@cluster.example.net/db')).toMatchObject({ kind: 'mongodb' })
  })

  it('rejects other schemes with a message that names the scheme but not the rest of the URI', () => {
    expect(() => resolveDatabase('postgres://user:hunter2@db/portal')).toThrow(/"postgres:"/)
    expect(() => resolveDatabase('postgres://user:hunter2@db/portal')).not.toThrow(/hunter2/)
    expect(() => resolveDatabase('file:')).toThrow(/needs a path/)
  })
})

describe('mongoHosts', () => {
  it('leaves out the user name and password', () => {
    expect(mongoHosts('mongodb://editor:s3cret@db.internal:27017/portal?authSource=admin')).toBe('db.internal:27017')
  })

  it('lists every host of a replica set', () => {
    expect(mongoHosts('mongodb://a:1,b:2,c:3/portal?replicaSet=rs0')).toBe('a:1,b:2,c:3')
  })

  it('handles passwords containing @ and hosts without a path', () => {
    expect(mongoHosts('mongodb://u:p%40ss@host:27017')).toBe('host:27017')
  })
})
