# SPDX-License-Identifier: MIT OR Apache-2.0

### The questions, one per page. For each question:
### question-<slug>-heading (the question), -hint (under it), -error (when
### nothing is chosen), -summary (short label on the check-answers page);
### and option-<slug>-<value> for each answer, with an optional .hint.

## Shared by every question page

continue-button = Continuar
back-link = Voltar
# Between the answers and "I don't know", as in GOV.UK forms.
or-divider = ou
error-summary-title = Há um problema
# The page title when the page shows an error.
page-title-error = Erro: { page-title }

## Who is asking

question-audience-heading = Quem está a responder?
question-audience-hint = Vamos usar esta resposta para explicar as coisas da forma certa.
question-audience-error = Escolha quem está a responder
question-audience-summary = Quem está a perguntar
option-audience-patient = Sou o/a doente
    .hint = Está no hospital, ou disseram-lhe que a Lei da Saúde Mental (Mental Health Act) se aplica ao seu caso.
option-audience-carer = Sou cuidador/a, familiar ou amigo/a
    .hint = Inclui o familiar mais próximo (nearest relative). Está a perguntar sobre outra pessoa.
option-audience-staff = Trabalho numa enfermaria ou num serviço de saúde mental
    .hint = Quer verificar a quem tem de falar sobre os defensores.

## Where the hospital is

question-jurisdiction-heading =
    { $audience ->
        [carer] O hospital da pessoa fica em Inglaterra ou no País de Gales?
        [staff] O hospital do/a doente fica em Inglaterra ou no País de Gales?
       *[patient] O seu hospital fica em Inglaterra ou no País de Gales?
    }
question-jurisdiction-hint = A lei é diferente no País de Gales. O que conta é onde fica o hospital, não onde alguém vive. Numa ordem de tratamento na comunidade, conta o hospital responsável por ela. Na tutela, conta o município.
question-jurisdiction-error = Escolha Inglaterra, País de Gales ou Não sei
question-jurisdiction-summary = Onde fica o hospital
option-jurisdiction-england = Inglaterra
option-jurisdiction-wales = País de Gales
option-jurisdiction-unknown = Não sei

## The broad situation

question-setting-heading =
    { $audience ->
        [carer] Qual destas frases descreve a situação da pessoa?
        [staff] Qual destas frases descreve a situação do/a doente?
       *[patient] Qual destas frases descreve a sua situação?
    }
question-setting-hint = Escolha a que melhor se aplica. Se não tiver a certeza, escolha «Não sei» e nós ajudamos.
question-setting-error = Escolha a situação que melhor se aplica, ou Não sei
question-setting-summary = Situação
option-setting-detained =
    { $audience ->
        [carer] Tem de ficar no hospital ao abrigo de uma secção da Lei da Saúde Mental (Mental Health Act)
        [staff] Em internamento compulsivo ao abrigo de uma secção da Lei da Saúde Mental (Mental Health Act)
       *[patient] Tenho de ficar no hospital ao abrigo de uma secção da Lei da Saúde Mental (Mental Health Act)
    }
    .hint = Em inglês, às vezes diz-se «sectioned».
option-setting-detained-on-leave =
    { $audience ->
        [carer] Está ao abrigo de uma secção, mas de licença, fora do hospital (licença da secção 17)
        [staff] Em internamento compulsivo, de licença da secção 17 (section 17 leave)
       *[patient] Estou ao abrigo de uma secção, mas de licença, fora do hospital (licença da secção 17)
    }
    .hint = Pode estar fora do hospital durante algum tempo, por exemplo em casa. A secção não terminou.
option-setting-cto =
    { $audience ->
        [carer] Tem uma ordem de tratamento na comunidade (CTO)
        [staff] Com ordem de tratamento na comunidade (CTO)
       *[patient] Tenho uma ordem de tratamento na comunidade (CTO)
    }
    .hint = Vive fora do hospital, com condições que tem de cumprir.
option-setting-cto-recalled =
    { $audience ->
        [carer] Tem uma CTO e recebeu ordem para voltar ao hospital
        [staff] Com CTO e com ordem de regresso ao hospital
       *[patient] Tenho uma CTO e recebi ordem para voltar ao hospital
    }
    .hint = Chama-se a isto regresso obrigatório (recall). Dura até 72 horas.
option-setting-guardianship =
    { $audience ->
        [carer] Tem um tutor ao abrigo da Lei da Saúde Mental (Mental Health Act)
        [staff] Sob tutela
       *[patient] Tenho um tutor ao abrigo da Lei da Saúde Mental (Mental Health Act)
    }
    .hint = Um tutor, muitas vezes o município, pode decidir algumas coisas, como o local onde se vive.
option-setting-conditional-discharge =
    { $audience ->
        [carer] Saiu do hospital com condições impostas por um tribunal ou pelo governo
        [staff] Doente com restrições, com alta condicional
       *[patient] Saí do hospital com condições impostas por um tribunal ou pelo governo
    }
    .hint = Chama-se a isto alta condicional. Acontece depois de uma ordem de um tribunal com restrições.
option-setting-informal-inpatient =
    { $audience ->
        [carer] Está no hospital por causa da sua saúde mental, mas não ao abrigo de uma secção
        [staff] Em internamento informal (voluntário), para avaliação ou tratamento de uma perturbação mental
       *[patient] Estou no hospital por causa da minha saúde mental, mas não ao abrigo de uma secção
    }
    .hint = Às vezes diz-se que é um internamento voluntário ou informal. Não inclui estar num hospital geral só por causa de uma doença física.
option-setting-none =
    { $audience ->
        [carer] Não está no hospital nem sob a Lei da Saúde Mental (Mental Health Act)
        [staff] Não está no hospital nem sob a Lei da Saúde Mental (Mental Health Act)
       *[patient] Não estou no hospital nem sob a Lei da Saúde Mental (Mental Health Act)
    }
option-setting-unknown = Não sei

## Which section

question-section-heading =
    { $audience ->
        [carer] Qual é a secção da pessoa?
        [staff] Qual é a secção do/a doente?
       *[patient] Qual é a sua secção?
    }
question-section-hint = Está nos documentos da secção (section papers) e no folheto sobre direitos que o hospital entrega. Se não a encontrar, escolha «Não sei».
question-section-error = Escolha a secção, ou Não sei
question-section-summary = Secção
option-section-section-2 = Secção 2
    .hint = Para avaliar uma pessoa, até 28 dias.
option-section-section-3 = Secção 3
    .hint = Para tratamento, até 6 meses no início.
option-section-section-4 = Secção 4
    .hint = Uma emergência, com um só médico, até 72 horas.
option-section-section-5-2 = Secção 5(2)
    .hint = Um médico impediu uma pessoa de sair da enfermaria, até 72 horas.
option-section-section-5-4 = Secção 5(4)
    .hint = Um enfermeiro impediu uma pessoa de sair da enfermaria, até 6 horas.
option-section-section-135 = Secção 135
    .hint = A polícia veio com um mandado e levou uma pessoa para um local seguro.
option-section-section-136 = Secção 136
    .hint = A polícia levou uma pessoa de um local público para um local seguro.
option-section-section-35 = Secção 35
    .hint = Um tribunal enviou uma pessoa para o hospital para se fazer um relatório.
option-section-section-36 = Secção 36
    .hint = Um tribunal enviou uma pessoa para o hospital para tratamento antes de o julgamento terminar.
option-section-section-37 = Secção 37
    .hint = Um tribunal deu uma ordem de internamento (hospital order).
option-section-section-37-41 = Secção 37 com secção 41
    .hint = Um tribunal deu uma ordem de internamento com restrições.
option-section-section-38 = Secção 38
    .hint = Um tribunal deu uma ordem de internamento provisória.
option-section-section-45a = Secção 45A
    .hint = Um tribunal deu uma pena de prisão com uma ordem de ida para o hospital (hospital direction).
option-section-section-47 = Secção 47
    .hint = Passou da prisão para o hospital depois de receber a pena.
option-section-section-47-49 = Secção 47 com secção 49
    .hint = Passou da prisão para o hospital depois de receber a pena, com restrições.
option-section-section-48 = Secção 48
    .hint = Passou da prisão, ou de detenção por imigração, para o hospital antes de receber a pena.
option-section-section-48-49 = Secção 48 com secção 49
    .hint = Passou para o hospital antes de receber a pena, com restrições.
option-section-unknown = Não sei qual é a secção

## Help to find the section

question-what-happened-heading =
    { $audience ->
        [carer] Qual destas situações se parece mais com o que aconteceu à pessoa?
        [staff] Qual destas situações se parece mais com o que aconteceu ao/à doente?
       *[patient] Qual destas situações se parece mais com o que lhe aconteceu?
    }
question-what-happened-hint = Cada secção da Lei da Saúde Mental (Mental Health Act) é usada numa situação diferente. Isto ajuda-nos a descobrir qual pode ser.
question-what-happened-error = Escolha o que se parece mais, ou Ainda não tenho a certeza
question-what-happened-summary = O que aconteceu
question-what-happened-papers-heading = Como são os documentos da secção
question-what-happened-papers =
    { $audience ->
        [carer] O hospital tem de dar à pessoa uns formulários, chamados documentos da secção (section papers), e um folheto sobre os seus direitos. O título do folheto diz qual é a secção, por exemplo «Secção 2 da Lei da Saúde Mental de 1983 (Mental Health Act 1983)». A pessoa, ou os profissionais da enfermaria, podem mostrar-lhe.
        [staff] Os documentos da secção (section papers) e o folheto sobre direitos entregues ao/à doente indicam a secção. Consulte os documentos do/a doente ou o gabinete da Lei da Saúde Mental (Mental Health Act office) da enfermaria.
       *[patient] O hospital tem de lhe dar uns formulários, chamados documentos da secção (section papers), e um folheto sobre os seus direitos. O título do folheto diz qual é a sua secção, por exemplo «Secção 2 da Lei da Saúde Mental de 1983 (Mental Health Act 1983)». Pode pedir aos profissionais da enfermaria que lhe mostrem.
    }
option-what-happened-police-public-place =
    { $audience ->
        [carer] A polícia levou a pessoa de um local público para um local seguro
        [staff] A polícia levou o/a doente de um local público para um local seguro
       *[patient] A polícia levou-me de um local público para um local seguro
    }
    .hint = Por exemplo, um hospital ou um posto de polícia. Normalmente, é a secção 136.
option-what-happened-police-warrant-home =
    { $audience ->
        [carer] A polícia foi a casa da pessoa com um mandado e levou-a para um local seguro
        [staff] A polícia foi a casa do/a doente com um mandado e levou-o/a para um local seguro
       *[patient] A polícia foi a minha casa com um mandado e levou-me para um local seguro
    }
    .hint = Normalmente, é a secção 135.
option-what-happened-nurse-stopped-leaving =
    { $audience ->
        [carer] Um enfermeiro impediu a pessoa de sair da enfermaria, durante algumas horas
        [staff] Um enfermeiro impediu o/a doente de sair da enfermaria, durante algumas horas
       *[patient] Um enfermeiro impediu-me de sair da enfermaria, durante algumas horas
    }
    .hint = Normalmente, é a secção 5(4). Dura até 6 horas.
option-what-happened-doctor-stopped-leaving =
    { $audience ->
        [carer] Um médico impediu a pessoa de sair da enfermaria, até 3 dias
        [staff] Um médico impediu o/a doente de sair da enfermaria, até 3 dias
       *[patient] Um médico impediu-me de sair da enfermaria, até 3 dias
    }
    .hint = Normalmente, é a secção 5(2). Dura até 72 horas.
option-what-happened-kept-more-than-3-days =
    { $audience ->
        [carer] A pessoa está há mais de 3 dias no hospital ao abrigo de uma secção
        [staff] O/A doente está há mais de 3 dias no hospital ao abrigo de uma secção
       *[patient] Estou há mais de 3 dias no hospital ao abrigo de uma secção
    }
    .hint = As secções curtas de emergência acabam todas num prazo de 3 dias.
option-what-happened-court-sent =
    { $audience ->
        [carer] Um tribunal enviou a pessoa para o hospital
        [staff] Um tribunal enviou o/a doente para o hospital
       *[patient] Um tribunal enviou-me para o hospital
    }
option-what-happened-moved-from-prison =
    { $audience ->
        [carer] A pessoa passou da prisão para o hospital
        [staff] O/A doente passou da prisão para o hospital
       *[patient] Passei da prisão para o hospital
    }
option-what-happened-rules-outside-hospital =
    { $audience ->
        [carer] A pessoa vive fora do hospital, mas tem de cumprir regras e pode receber ordem para voltar
        [staff] O/A doente vive fora do hospital, mas tem de cumprir regras e pode receber ordem para voltar
       *[patient] Vivo fora do hospital, mas tenho de cumprir regras e posso receber ordem para voltar
    }
    .hint = Normalmente, é uma ordem de tratamento na comunidade (CTO).
option-what-happened-guardian =
    { $audience ->
        [carer] Um tutor, muitas vezes o município, decide onde a pessoa vive
        [staff] Um tutor, muitas vezes o município, decide onde o/a doente vive
       *[patient] Um tutor, muitas vezes o município, decide onde vivo
    }
    .hint = Isto é a tutela.
option-what-happened-free-to-leave =
    { $audience ->
        [carer] A pessoa está no hospital e pode sair quando quiser
        [staff] O/A doente está no hospital e pode sair quando quiser
       *[patient] Estou no hospital e posso sair quando quiser
    }
    .hint = Isto é um internamento voluntário ou informal.
option-what-happened-not-in-hospital =
    { $audience ->
        [carer] A pessoa não está no hospital e nenhuma destas situações se aplica
        [staff] O/A doente não está no hospital e nenhuma destas situações se aplica
       *[patient] Não estou no hospital e nenhuma destas situações se aplica
    }
option-what-happened-still-not-sure = Ainda não tenho a certeza

## Leave

question-on-leave-heading =
    { $audience ->
        [carer] Neste momento, a pessoa está de licença, fora do hospital?
        [staff] O/A doente está de licença da secção 17 (section 17 leave)?
       *[patient] Neste momento, está de licença, fora do hospital?
    }
question-on-leave-hint = É a licença da secção 17: tempo fora da enfermaria, com o acordo de um médico. Estar de licença não muda o direito a um defensor.
question-on-leave-error = Escolha Sim, Não ou Não sei
question-on-leave-summary = De licença
option-on-leave-true = Sim
option-on-leave-false = Não
option-on-leave-unknown = Não sei

## Treatment being discussed

question-treatment-discussed-heading =
    { $audience ->
        [carer] Algum médico falou com a pessoa sobre algum destes tratamentos?
        [staff] O/A doente está a falar sobre algum destes tratamentos com um médico ou clínico aprovado (approved clinician)?
       *[patient] Algum médico lhe falou de algum destes tratamentos?
    }
question-treatment-discussed-hint = Alguns tratamentos dão direito a um defensor, mesmo a pessoas que não estão ao abrigo de uma secção.
question-treatment-discussed-error = Escolha um tratamento, Nenhum destes, ou Não sei
question-treatment-discussed-summary = Tratamento falado
option-treatment-discussed-section-57 = Cirurgia ao cérebro por um problema de saúde mental, ou um implante de hormonas para reduzir o desejo sexual
    .hint = São muito raros.
option-treatment-discussed-section-58a = Terapia eletroconvulsiva (ECT)
    .hint = Um tratamento que faz passar uma pequena corrente elétrica pelo cérebro, com anestesia.
option-treatment-discussed-none = Nenhum destes
option-treatment-discussed-unknown = Não sei

## Age

question-under-18-heading =
    { $audience ->
        [carer] A pessoa tem menos de 18 anos?
        [staff] O/A doente tem menos de 18 anos?
       *[patient] Tem menos de 18 anos?
    }
question-under-18-hint = Na ECT, as regras são diferentes para pessoas com menos de 18 anos.
question-under-18-error = Escolha Sim, Não ou Não sei
question-under-18-summary = Menos de 18 anos
option-under-18-true = Sim
option-under-18-false = Não
option-under-18-unknown = Não sei

## Check your answers

check-heading = Verifique as suas respostas
check-intro = Pode mudar uma resposta antes de ver o resultado.
check-change = Mudar
# After "Change", read by screen readers only, e.g. "Change Section".
check-change-context = { $question }
check-continue = Ver o resultado
# Under an answer to "what happened": the section that answer stands for,
# e.g. "That means: Section 136".
check-inferred-section = Isso significa: { $section }

## Notices

notice-saved-answers-unreadable = Não conseguimos ler as respostas guardadas, por isso começámos de novo.
notice-link-unreadable = Não foi possível ler algumas respostas do link. Por favor, responda a esta pergunta.

## A page that does not exist

not-found-heading = Página não encontrada
not-found-body = O link pode estar errado ou desatualizado.
not-found-start = Ir para o início
