# SPDX-License-Identifier: MIT OR Apache-2.0

### The message asking for an advocate: compiled into the app in English,
### because it is always sent in English, whatever language the page is in.

## The message itself. $value is what the person typed or chose.

request-email-subject = Pedido de um defensor independente de saúde mental (IMHA)
request-line-hello =
    { $audience ->
        [carer] Olá. Estou a pedir um defensor independente de saúde mental (IMHA) para uma pessoa de quem gosto.
        [staff] Olá. Faço parte da equipa e estou a pedir um defensor independente de saúde mental (IMHA) para um/a doente.
       *[patient] Olá. Gostaria de ter um defensor independente de saúde mental (IMHA).
    }
request-line-name = Nome: { $value }
request-line-place = Local: { $value }
request-line-status = Secção ou situação: { $value }
request-line-language = Língua: { $value }
request-line-contact = Contacto: { $value }
# $needed is "yes" or "no".
request-line-interpreter =
    { $needed ->
        [yes] É preciso um intérprete.
       *[no] Não é preciso um intérprete.
    }
request-line-thanks = Agradeço desde já.
# The statuses that are not a section, as the service would name them.
request-status =
    { $status ->
        [detained-longer-term] Internamento compulsivo ao abrigo de uma secção (não se sabe qual)
        [detained-section-not-known] Internamento compulsivo ao abrigo de uma secção (não se sabe qual)
        [cto] Ordem de tratamento na comunidade (CTO)
        [cto-recalled] Ordem de tratamento na comunidade (CTO), com regresso obrigatório ao hospital
        [guardianship] Tutela
        [conditional-discharge] Alta condicional
        [informal-inpatient] Internamento voluntário (informal)
        [none] Sem internamento compulsivo
       *[unknown] Não se sabe
    }
