# SPDX-License-Identifier: MIT OR Apache-2.0

### The frame around every screen: title, header, footer and fallbacks.

# The name of the service, as in the page title and the header.
service-name = O seu direito a um defensor
# The page title. $page is the heading of the screen.
page-title = { $page } – { service-name }
skip-link = Ir para o conteúdo principal
footer-privacy = Nada do que escrever sai deste telefone ou computador. Não há cookies.
# $date is the month the legal facts were last checked, e.g. 2026-11.
footer-law-as-at = Lei em vigor em { $date }.
# Footer links to the accessibility statement and the privacy page
# (their words are in statements.ftl).
accessibility-link = Declaração de acessibilidade
privacy-link = Privacidade

## Start page

start-heading = Saiba se pode ter um defensor independente de saúde mental
start-intro =
    { $audience ->
        [carer] Um defensor independente de saúde mental (IMHA) ajuda as pessoas que têm de ficar no hospital, ou que recebem tratamento ao abrigo da Lei da Saúde Mental (Mental Health Act), a compreender e usar os seus direitos. Responda a algumas perguntas para saber se a pessoa sobre quem está a perguntar pode ter um.
        [staff] Um defensor independente de saúde mental (IMHA) ajuda os doentes abrangidos pela Lei da Saúde Mental (Mental Health Act) a compreender e usar os seus direitos. Responda a algumas perguntas para verificar se um/a doente pode ter um, e o que lhe tem de dizer.
       *[patient] Um defensor independente de saúde mental (IMHA) pode ajudar a compreender e usar os seus direitos, se tiver de ficar no hospital ou receber tratamento ao abrigo da Lei da Saúde Mental (Mental Health Act). Responda a algumas perguntas para saber se pode ter um.
    }
start-free = Os defensores são gratuitos e não trabalham para o hospital.
start-time = Demora cerca de 2 minutos.
start-button = Começar

## When something goes wrong

fallback-heading = Pedimos desculpa, não foi possível mostrar esta página
fallback-advice = Mesmo assim, pode ter ajuda. Peça aos profissionais da enfermaria os contactos do serviço local de defensores independentes de saúde mental (IMHA). Eles têm de ajudar a entrar em contacto com esse serviço.

## Citations of several sections at once

# $sections is a list of section numbers, such as "23, 25, 66(1)(g)";
# $count is how many.
citation-sections = Lei da Saúde Mental de 1983 (Mental Health Act 1983), { $count ->
        [one] secção
       *[other] secções
    } { $sections }
citation-sections-wales = Lei da Saúde Mental de 1983 (Mental Health Act 1983), com as alterações do Mental Health (Wales) Measure 2010, { $count ->
        [one] secção
       *[other] secções
    } { $sections }

citation-sections-2025 = Lei da Saúde Mental de 1983 (Mental Health Act 1983), com as alterações da Lei da Saúde Mental de 2025 (Mental Health Act 2025), { $count ->
        [one] secção
       *[other] secções
    } { $sections }

## Where this information comes from: a page for reviewers

sources-link = De onde vem esta informação
sources-heading = De onde vem esta informação
sources-intro = Cada afirmação sobre a lei neste serviço baseia-se numa secção da Lei da Saúde Mental de 1983 (Mental Health Act 1983) ou noutra fonte oficial. Esta lista mostra cada fonte, como foi verificada e quando.
sources-unchecked = Quando uma fonte só foi verificada com base em notas explicativas ou na cópia de outra pessoa, um advogado deve verificá-la com base no texto da lei antes de se confiar nela.
sources-column-source = Fonte
sources-column-how = Como foi verificada
sources-column-checked = Verificada em
source-how-primary-text = Com base no texto da lei
source-how-official-explanatory = Com base nas notas explicativas oficiais
source-how-secondary = Com base numa fonte secundária
source-document-code-of-practice = Código de Prática da Lei da Saúde Mental de 1983 (Mental Health Act 1983 Code of Practice), capítulo 6
source-document-commencement-2025 = Lei da Saúde Mental de 2025 (Mental Health Act 2025), secção 56 (quando entra em vigor)

## Languages

# Label for the list of languages, read by screen readers.
language-switcher-label = Escolha um idioma
# Shown at the top of every page when this translation has not yet been
# checked by a qualified translator. It is shown in this language and in
# English.
# One line, opening the full draft notice below it.
draft-notice-short = Tradução provisória: ainda não verificada
draft-notice = Esta tradução ainda não foi verificada por um tradutor qualificado. Pode conter erros.
draft-notice-english-link = Ler esta página em inglês
# When the chosen language could not be downloaded; the page is shown in English.
language-load-failed = Pedimos desculpa, não foi possível carregar este idioma, por isso a página é mostrada em inglês.
words-loading = A carregar…
words-load-failed-heading = Lamentamos, não foi possível carregar esta página
words-load-failed-body = Verifique se está ligado à internet e tente novamente.
words-load-retry = Tentar novamente
# When a link asks for a language this service does not have.
language-not-available = Esta página não está disponível no idioma pedido pelo link, por isso é mostrada noutro idioma.

## On every page: clearing the answers, and the link for staff

clear-answers = Apagar as minhas respostas
# Asked before the answers are cleared, with two buttons.
clear-confirm = Apagar todas as suas respostas? Vai começar de novo a partir da primeira pergunta.
clear-confirm-yes = Sim, apagar as minhas respostas
clear-confirm-no = Não, manter as respostas
staff-link = Para os profissionais da enfermaria: informar os doentes sobre os IMHA
