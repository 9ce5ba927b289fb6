# SPDX-License-Identifier: MIT OR Apache-2.0

### The accessibility statement (#/accessibility) and the privacy page
### (#/privacy), linked from every page's footer.
###
### The accessibility statement follows the model statement for public
### sector websites under the Public Sector Bodies (Websites and Mobile
### Applications) (No. 2) Accessibility Regulations 2018, and GOV.UK's
### sample statement: keep its headings recognisable, and the names of the
### regulations, the bodies and the standard as official names (the
### English in brackets after a translation is fine). "We" is the
### organisation that runs the service. $trust is that organisation's
### name, from its configuration; the "-no-trust" messages are used when
### no organisation is configured. Dates are YYYY-MM-DD.

## On both pages: who runs the service, and how to reach them

statement-run-by = Este serviço é gerido por { $trust }.
statement-run-by-no-trust = Este serviço é gerido pelo trust do NHS ou outra organização que lhe deu a ligação para ele.
# With no organisation configured, in place of its contact details.
statement-contact-ask = Pergunte aos profissionais da enfermaria, ou à organização que lhe deu a ligação para este serviço, como contactá-la.
# Label before the address of a contact form or web page.
statement-contact-online = Online

## The accessibility statement

# "service-name" is the service's name, as in the page header.
accessibility-heading = Declaração de acessibilidade de “{ service-name }”
accessibility-scope = Esta declaração de acessibilidade aplica-se a este serviço, que diz às pessoas abrangidas pela Lei da Saúde Mental de 1983 (Mental Health Act 1983), aos seus cuidadores e aos profissionais da enfermaria se podem ter um defensor independente de saúde mental (IMHA) e quais são os seus direitos, em todas as línguas em que está disponível.
accessibility-able-intro = Queremos que o maior número possível de pessoas consiga usar este serviço. Por exemplo, isso significa que deve conseguir:
accessibility-able-keyboard = responder às perguntas e ler o seu resultado usando apenas um teclado
# $count is how many languages the service offers besides English (Easy
# Read English counts as one).
accessibility-able-languages = lê-lo em { $count } línguas além do inglês, incluindo galês e inglês em leitura fácil (Easy Read), com o árabe e o urdu dispostos da direita para a esquerda
accessibility-able-read-aloud = ouvir as perguntas e os resultados lidos em voz alta, se o seu telefone ou computador tiver uma voz para a sua língua
accessibility-able-print = imprimir o seu resultado
accessibility-abilitynet = A AbilityNet tem conselhos para tornar o seu dispositivo mais fácil de usar se tiver uma deficiência.
accessibility-abilitynet-link = AbilityNet: My Computer My Way (em inglês)

accessibility-how-heading = Quão acessível é este serviço
accessibility-how-intro = Sabemos que algumas partes deste serviço não são totalmente acessíveis:
accessibility-issue-draft-translations = as traduções e a versão em leitura fácil ainda não foram verificadas por um tradutor qualificado, por isso algumas frases podem ser pouco claras ou estar erradas (cada uma indica-o, com uma ligação para o inglês)
accessibility-issue-one-language = os dados que damos numa só língua, como o horário de um serviço de defesa de direitos, aparecem nessa língua em páginas noutras línguas, e um leitor de ecrã pode lê-los com a voz errada
accessibility-issue-easy-read-pictures = as imagens da leitura fácil vêm de um conjunto geral de símbolos (OpenMoji), não de um feito para leitura fácil, e não foram testadas com pessoas com dificuldades de aprendizagem
accessibility-issue-read-aloud = a leitura em voz alta só funciona se o seu dispositivo tiver uma voz para a língua da página, e alguns dispositivos não têm voz para algumas destas línguas
accessibility-issue-bsl = não existe versão em língua gestual britânica (BSL)
accessibility-issue-no-manual-checks = o serviço ainda não foi verificado manualmente, por exemplo com um leitor de ecrã ou por pessoas com deficiência, por isso pode haver problemas que desconhecemos

accessibility-feedback-heading = Comentários e contactos
accessibility-feedback = Se precisar da informação deste serviço noutro formato, como letra grande, gravação áudio ou braille, contacte-nos.

accessibility-reporting-heading = Comunicar problemas de acessibilidade deste serviço
accessibility-reporting = Procuramos sempre melhorar a acessibilidade deste serviço. Se encontrar problemas que não constam desta página, ou achar que não cumprimos os requisitos de acessibilidade, contacte-nos.

accessibility-enforcement-heading = Procedimento de fiscalização
accessibility-enforcement = A Comissão para a Igualdade e os Direitos Humanos (Equality and Human Rights Commission, EHRC) é responsável por fazer cumprir o regulamento de acessibilidade dos sítios web e aplicações móveis dos organismos públicos (the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018, o “regulamento de acessibilidade”). Se não estiver satisfeito com a forma como respondemos à sua queixa, contacte o Equality Advisory and Support Service (EASS), o serviço de aconselhamento sobre igualdade.
accessibility-enforcement-eass-link = Equality Advisory and Support Service (EASS)
accessibility-enforcement-northern-ireland = Se estiver na Irlanda do Norte e não estiver satisfeito com a forma como respondemos à sua queixa, pode contactar a Comissão para a Igualdade da Irlanda do Norte (Equality Commission for Northern Ireland, ECNI), responsável por fazer cumprir o regulamento de acessibilidade na Irlanda do Norte.
accessibility-enforcement-ecni-link = Equality Commission for Northern Ireland (ECNI)

accessibility-technical-heading = Informação técnica sobre a acessibilidade deste serviço
accessibility-technical = Estamos empenhados em tornar este serviço acessível, de acordo com o regulamento de acessibilidade (the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018).
accessibility-regulations-link = O regulamento de acessibilidade em legislation.gov.uk (em inglês)
accessibility-compliance-heading = Estado de conformidade
accessibility-compliance = Este serviço está parcialmente em conformidade com o nível AA das Diretrizes de Acessibilidade para o Conteúdo da Web (WCAG) versão 2.2, devido à não conformidade indicada abaixo.
accessibility-wcag-link = Diretrizes de Acessibilidade para o Conteúdo da Web (WCAG) 2.2
accessibility-non-accessible-heading = Conteúdo não acessível
accessibility-non-accessible = O conteúdo indicado abaixo não é acessível pela seguinte razão.
accessibility-non-compliance-heading = Não conformidade com o regulamento de acessibilidade
accessibility-non-compliance-language-of-parts = O texto das definições da organização que é dado numa só língua, como o horário de um serviço de defesa de direitos, aparece nessa língua em páginas noutras línguas sem estar marcado como sendo dessa língua. Isto não cumpre o critério de sucesso 3.1.2 das WCAG 2.2 (Idioma das partes). Dar esse texto em todas as línguas do serviço evita o problema.

accessibility-improving-heading = O que estamos a fazer para melhorar a acessibilidade
accessibility-improving-intro = Este serviço é software de código aberto. Os seus criadores planeiam:
accessibility-improving-translations = pedir a um tradutor qualificado que verifique cada tradução, e a um autor de leitura fácil que verifique a versão em leitura fácil
accessibility-improving-manual-checks = testar o serviço com leitores de ecrã e com pessoas com deficiência
accessibility-improving-language-of-parts = marcar a língua do texto dado numa só língua
accessibility-improving-bsl = acrescentar vídeos em língua gestual britânica

accessibility-preparation-heading = Preparação desta declaração de acessibilidade
accessibility-prepared = Esta declaração foi preparada em { $prepared }. Foi revista pela última vez em { $reviewed }.
# $axe is the version of the axe-core checker, e.g. 4.14.1.
accessibility-tested = Este serviço foi testado pela última vez em { $date }. O teste foi feito pelos seus criadores, com verificações automáticas: o axe-core { $axe } verificou as páginas quanto aos critérios de sucesso WCAG 2.2 A e AA que consegue testar, no navegador Chromium (todas as páginas em inglês; os resultados, o pedido de um defensor, a página de revisão para tradutores, esta declaração e a página de privacidade em todas as línguas), e outros testes verificaram que é possível responder às perguntas só com o teclado e que as páginas em árabe e urdu estão dispostas da direita para a esquerda.
accessibility-manual-none = Ainda não foram feitas verificações manuais, como testes com um leitor de ecrã.
accessibility-manual-intro = Verificações manuais:
# One manual check: $date is its day, $check what was checked (one of
# the accessibility-manual-kind messages).
accessibility-manual-check = { $date }: { $check }
accessibility-manual-kind-keyboard = todas as páginas usadas apenas com o teclado
accessibility-manual-kind-screen-reader = todas as páginas usadas com um leitor de ecrã
accessibility-manual-kind-zoom = todas as páginas usadas ampliadas a 400% e num ecrã com 320 píxeis de largura
accessibility-manual-kind-disabled-users = o serviço experimentado por pessoas com deficiência que o poderiam usar

## The privacy page

privacy-heading = Privacidade: o que acontece às suas respostas
privacy-intro = Este serviço não envia as suas respostas para lado nenhum. Ficam no navegador deste telefone, tablet ou computador, a não ser que as envie você mesmo.

privacy-stored-heading = O que fica guardado neste dispositivo
privacy-stored-intro = Enquanto usa o serviço, o navegador guarda estas coisas no armazenamento da sessão (session storage), um espaço que pertence a este separador do navegador. Cada uma tem um nome, indicado primeiro:
# After the name of an item in session storage.
privacy-stored-answers = as suas respostas às perguntas, para que Retroceder, Avançar e recarregar a página as mantenham
privacy-stored-language = a língua que escolheu, para que a página seguinte apareça nessa língua
privacy-stored-nothing-else = Nada mais é guardado: não há cookies, nem nada no armazenamento duradouro do navegador.

privacy-how-long-heading = Durante quanto tempo fica guardado
privacy-how-long = O navegador apaga o armazenamento da sessão quando fecha o separador ou o navegador. “{ clear-answers }”, no fundo de cada página depois de responder a uma pergunta, apaga as suas respostas de imediato.
privacy-history = O endereço de uma página de resultado contém as suas respostas depois do sinal #, por isso o histórico do navegador guarda-as até o apagar. Num telefone ou computador partilhado, use uma janela privada, ou apague o histórico quando terminar.

privacy-sent-heading = O que é enviado, e a quem
privacy-sent = Este serviço não envia a ninguém nada do que escolhe ou escreve. Não há cookies, nem análise de utilização, nem publicidade, e nada é carregado de outros sítios web.
privacy-files = O navegador descarrega os ficheiros do próprio serviço a partir do sítio web de onde veio: o código e os estilos das páginas, as palavras na sua língua, a lista de serviços locais de defesa de direitos e as imagens da leitura fácil. As suas respostas não fazem parte destes pedidos: um navegador nunca envia a parte de um endereço depois do sinal #. Como qualquer sítio web, o servidor desse sítio pode registar os pedidos, como o endereço de internet do seu dispositivo e a hora.
privacy-request = Se pedir um defensor, a sua mensagem é enviada pela aplicação de SMS ou de e-mail do seu próprio telefone, e só quando a enviar aí. Chega ao serviço de defesa de direitos através do seu operador telefónico ou fornecedor de e-mail, não através deste serviço.
privacy-read-aloud = A leitura em voz alta usa apenas as vozes que funcionam no seu próprio dispositivo, por isso as palavras da página não são enviadas para lado nenhum. Alguns navegadores também oferecem vozes que funcionam pela internet (por exemplo, algumas vozes do Google Chrome num computador): o serviço nunca as usa e, se o seu dispositivo só tiver essas vozes para a sua língua, não há botão “Ouvir esta página”.
privacy-embedded = Se este serviço fizer parte da página web de outra organização, o resto dessa página está abrangido pelo aviso de privacidade dessa organização.

privacy-contact-heading = Perguntas sobre a sua informação
privacy-contact = Para perguntar sobre a sua informação, ou sobre como a usamos, contacte o nosso encarregado da proteção de dados.
privacy-ico = Se não estiver satisfeito com a forma como uma organização usa a sua informação, pode apresentar queixa ao Information Commissioner’s Office (ICO), a autoridade britânica de proteção de dados.
privacy-ico-link = Apresentar queixa ao Information Commissioner’s Office (ICO)
