# SPDX-License-Identifier: MIT OR Apache-2.0

## The review page (#/review?lang=<tag>): for qualified translators checking a
## translation. The words approved, status and comment stay in English: they
## are what the review sheet's columns and tools/review-import read.

review-link = Rever uma tradução (para tradutores)
review-choose-heading = Rever uma tradução
review-heading = Revisão da tradução: { $language }
review-intro = Para tradutores qualificados: cada mensagem da tradução ao lado do texto original em inglês, agrupadas pelo ecrã em que aparecem. Cada versão de uma mensagem (para a própria pessoa, um cuidador ou o pessoal) tem a sua própria linha.
review-how = Descarregue a folha de revisão e abra-a numa folha de cálculo. Em cada linha, escreva approved na coluna status, ou corrija a tradução e explique porquê na coluna comment. Depois, envie a folha de volta às pessoas responsáveis por este serviço.
review-termbase = As palavras da lista acordada de termos jurídicos desta língua estão destacadas.
review-no-termbase = Esta língua ainda não tem uma lista acordada de termos jurídicos, por isso nenhuma palavra está destacada.
review-download = Descarregar a folha de revisão (CSV)
review-print = Imprimir esta página
review-column-message = Mensagem
review-missing = Não traduzido
