# Child of bench/generator.ts: Python Faker's zh_CN ssn + name + phone for N records, as NDJSON to a
# file, the way `baoming generate` writes candidates (startup included). Debian: python3-fake-factory.
import json
import sys

from faker import Faker

fake = Faker('zh_CN')
fake.seed_instance(1)
count, out = int(sys.argv[1]), sys.argv[2]
with open(out, 'w', encoding='utf-8') as f:
    for _ in range(count):
        f.write(json.dumps({'ssn': fake.ssn(), 'name': fake.name(), 'phone': fake.phone_number()}, ensure_ascii=False) + '\n')
